import { type Ctx, requireActor } from '../../platform/context.js';
import { exportList, withoutPaging } from '../../platform/export/export-list.js';
import { listVisits } from './visit-queries.js';
import type { TVisitListItem, TVisitQuery } from './visit-schemas.js';
import { preApprovalWords, purposeText, statusWords } from './visit-words.js';

const hours = (minutes: number | null) => (minutes === null ? null : Math.round((minutes / 60) * 10) / 10);

/** VIS-4/ORG-5: the visit list as a workbook — the same filters and data scope as the screen, audited. */
export function exportVisits(ctx: Ctx, query: TVisitQuery) {
  const actor = requireActor(ctx);
  const now = ctx.clock.now();
  return exportList<TVisitListItem>(ctx, {
    entity: 'visits',
    sheet: { 'zh-CN': '客户拜访', en: 'Visits' },
    filters: withoutPaging(query),
    fetch: async (limit) =>
      (await listVisits(ctx.db, actor, { ...query, page: 1, pageSize: limit }, now)).items,
    columns: [
      { header: { 'zh-CN': '计划日期', en: 'Planned on' }, value: (v) => v.plannedOn },
      { header: { 'zh-CN': '销售代表', en: 'Rep' }, value: (v) => v.rep.displayName },
      { header: { 'zh-CN': '客户', en: 'Customer' }, width: 28, value: (v) => v.customer.name },
      { header: { 'zh-CN': '拜访目的', en: 'Purpose' }, value: (v) => purposeText(v.purpose)[ctx.lang] },
      { header: { 'zh-CN': '状态', en: 'Status' }, value: (v) => statusWords[v.status][ctx.lang] },
      { header: { 'zh-CN': '预定停留（小时）', en: 'Planned hours' }, value: (v) => hours(v.plannedMinutes) },
      {
        header: { 'zh-CN': '签到时间', en: 'Checked in' },
        kind: 'dateTime',
        width: 20,
        value: (v) => v.checkInAt,
      },
      {
        header: { 'zh-CN': '签退时间', en: 'Checked out' },
        kind: 'dateTime',
        width: 20,
        value: (v) => v.checkOutAt,
      },
      { header: { 'zh-CN': '实际停留（小时）', en: 'Hours spent' }, value: (v) => hours(v.minutesSpent) },
      {
        header: { 'zh-CN': '费用礼品预批', en: 'Pre-approval' },
        value: (v) => preApprovalWords[v.preApproval][ctx.lang],
      },
      {
        header: { 'zh-CN': '来源', en: 'Source' },
        value: (v) =>
          (v.planned ? { 'zh-CN': '拜访计划', en: 'Visit plan' } : { 'zh-CN': '临时拜访', en: 'Ad hoc' })[
            ctx.lang
          ],
      },
    ],
  });
}
