import type { z } from 'zod';
import { type Ctx, requireActor } from '../../platform/context.js';
import { exportList, withoutPaging } from '../../platform/export/export-list.js';
import { receivableStatusLabels } from './labels.js';
import { queryReceivables } from './list-receivables.js';
import { reportDay } from './receivable-sql.js';
import type { TReceivable, ZReceivableListQuery } from './schemas.js';

/**
 * AR-9/ORG-5: the receivable list as a workbook — the screen's filters and sort, the exporter's
 * receivable scope; its own permission (receivable:export, checked by the route), audited.
 */
export async function exportReceivables(ctx: Ctx, query: z.output<typeof ZReceivableListQuery>) {
  const actor = requireActor(ctx);
  const lang = ctx.lang;
  const day = await reportDay(ctx.db, ctx.clock.now());
  return exportList<TReceivable>(ctx, {
    entity: 'receivable',
    sheet: { 'zh-CN': '应收账款', en: 'Receivables' },
    filters: withoutPaging(query),
    fetch: async (limit) =>
      (await queryReceivables(ctx.db, actor, day, { ...query, cursor: undefined, page: 1, pageSize: limit }))
        .items,
    columns: [
      { header: { 'zh-CN': '客户', en: 'Customer' }, width: 30, value: (r) => r.customer.name },
      { header: { 'zh-CN': '合同编号', en: 'Contract' }, width: 20, value: (r) => r.contract.number },
      { header: { 'zh-CN': '期次', en: 'Instalment' }, width: 8, value: (r) => r.seq },
      { header: { 'zh-CN': '负责人', en: 'Owner' }, value: (r) => r.owner.displayName },
      { header: { 'zh-CN': '所属组织', en: 'Unit' }, width: 20, value: (r) => r.unit.name },
      { header: { 'zh-CN': '到期日', en: 'Due date' }, width: 12, value: (r) => r.dueDate },
      {
        header: { 'zh-CN': '应收（元）', en: 'Amount (CNY)' },
        width: 16,
        kind: 'money',
        value: (r) => r.amountFen,
      },
      {
        header: { 'zh-CN': '已收（元）', en: 'Collected (CNY)' },
        width: 16,
        kind: 'money',
        value: (r) => r.collectedFen,
      },
      {
        header: { 'zh-CN': '未收（元）', en: 'Open (CNY)' },
        width: 16,
        kind: 'money',
        value: (r) => r.openFen,
      },
      { header: { 'zh-CN': '状态', en: 'Status' }, value: (r) => receivableStatusLabels[r.status][lang] },
      { header: { 'zh-CN': '逾期天数', en: 'Days overdue' }, width: 10, value: (r) => r.daysOverdue },
      { header: { 'zh-CN': '账龄区间（天）', en: 'Aging bucket (days)' }, width: 14, value: (r) => r.bucket },
    ],
  });
}
