import type { z } from 'zod';
import { type Ctx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { exportList, withoutPaging } from '../../platform/export/export-list.js';
import { readPolicy } from '../../platform/policies/read.js';
import { customerSourceLabels, customerTypeLabels } from './labels.js';
import { repsMayExport } from './policies.js';
import { listCustomers } from './queries.js';
import type { TCustomerListItem, ZCustomerQuery } from './schemas.js';

/**
 * ORG-5 (客户名单不得泄露): whether the signed-in user may export the customer list — a rep (who
 * reads only their own customers) only when the policy allows it; supervisors and above (a
 * wider read scope) always. The route checks the permission; the customer pages ask this too.
 */
export async function mayExportCustomers(ctx: Ctx): Promise<boolean> {
  const actor = requireActor(ctx);
  if (actor.permissions['customer:export'] === undefined) return false;
  if (actor.permissions['customer:read'] !== 'own') return true;
  return (await readPolicy(ctx.db, repsMayExport, ctx.clock.now(), actor.unitId)) === true;
}

/**
 * ORG-5: the customer list as a workbook — the screen's filters, saved view and data scope;
 * its own permission (customer:export, checked by the route; reps only by policy) and an audit
 * row per export.
 */
export async function exportCustomers(ctx: Ctx, query: z.output<typeof ZCustomerQuery>) {
  const actor = requireActor(ctx);
  if (!(await mayExportCustomers(ctx))) throw appError('CUSTOMER_EXPORT_NOT_ALLOWED');
  const lang = ctx.lang;
  return exportList<TCustomerListItem>(ctx, {
    entity: 'customer',
    sheet: { 'zh-CN': '客户', en: 'Customers' },
    filters: withoutPaging(query),
    fetch: async (limit) =>
      (await listCustomers(ctx.db, actor, { ...query, cursor: undefined, page: 1, pageSize: limit })).items,
    columns: [
      { header: { 'zh-CN': '客户名称', en: 'Name' }, width: 30, value: (c) => c.name },
      { header: { 'zh-CN': '统一社会信用代码', en: 'Credit code' }, width: 22, value: (c) => c.creditCode },
      { header: { 'zh-CN': '类型', en: 'Type' }, value: (c) => customerTypeLabels[c.type][lang] },
      { header: { 'zh-CN': '等级', en: 'Level' }, width: 8, value: (c) => c.level },
      { header: { 'zh-CN': '来源', en: 'Source' }, value: (c) => customerSourceLabels[c.source][lang] },
      { header: { 'zh-CN': '行业', en: 'Industry' }, value: (c) => c.industry },
      { header: { 'zh-CN': '电话', en: 'Phone' }, value: (c) => c.phone },
      { header: { 'zh-CN': '主要联系人', en: 'Main contact' }, value: (c) => c.primaryContact?.name ?? null },
      {
        header: { 'zh-CN': '联系人电话', en: 'Contact phones' },
        width: 24,
        value: (c) => c.primaryContact?.phones.join(', ') || null,
      },
      {
        header: { 'zh-CN': '负责人', en: 'Owner' },
        value: (c) => c.owner?.displayName ?? (lang === 'en' ? 'Public pool' : '公海'),
      },
      { header: { 'zh-CN': '所属组织', en: 'Unit' }, width: 20, value: (c) => c.unit.name },
      {
        header: { 'zh-CN': '信用额度（元）', en: 'Credit limit (CNY)' },
        width: 18,
        kind: 'money',
        value: (c) => c.creditLimitFen,
      },
      { header: { 'zh-CN': '信用评级', en: 'Credit rating' }, value: (c) => c.creditRating },
      { header: { 'zh-CN': '标签', en: 'Tags' }, width: 20, value: (c) => c.tags.join(', ') },
      {
        header: { 'zh-CN': '最近跟进', en: 'Last follow-up' },
        width: 30,
        kind: 'dateTime',
        value: (c) => c.lastFollowUpAt,
      },
      {
        header: { 'zh-CN': '创建时间', en: 'Created' },
        width: 30,
        kind: 'dateTime',
        value: (c) => c.createdAt,
      },
    ],
  });
}
