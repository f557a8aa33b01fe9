import { type Ctx, requireActor } from '../../platform/context.js';
import { exportList, withoutPaging } from '../../platform/export/export-list.js';
import type { Localized } from '../../platform/i18n/lang.js';
import { dailyReportRows } from './queries.js';
import type { TDailyReport, TDailyReportQuery } from './schemas.js';

/** Words for the review states a sheet carries (the web has its own copy in labels.*.json). */
const reviewWords: Record<string, Localized> = {
  pending: { 'zh-CN': '待审阅', en: 'Awaiting review' },
  approved: { 'zh-CN': '已通过', en: 'Approved' },
  returned: { 'zh-CN': '已退回', en: 'Returned' },
};

/** OPS-2: the daily reports of the list's filters as a workbook, one row per report; audited. */
export function exportDailyReports(ctx: Ctx, q: TDailyReportQuery) {
  const actor = requireActor(ctx);
  const lang = ctx.lang;
  return exportList<TDailyReport>(ctx, {
    entity: 'daily_report',
    sheet: { 'zh-CN': '销售日报', en: 'Daily sales reports' },
    filters: withoutPaging(q),
    fetch: (limit) => dailyReportRows(ctx.db, actor, q, ctx.clock.now(), limit),
    columns: [
      { header: { 'zh-CN': '日期', en: 'Day' }, width: 12, value: (r) => r.day },
      { header: { 'zh-CN': '部门', en: 'Unit' }, width: 16, value: (r) => r.unit.name },
      {
        header: { 'zh-CN': '人员', en: 'Person' },
        value: (r) => r.user?.displayName ?? { 'zh-CN': '（部门合计）', en: '(unit total)' }[lang],
      },
      { header: { 'zh-CN': '新客户', en: 'New customers' }, value: (r) => r.figures.newCustomers },
      { header: { 'zh-CN': '咨询', en: 'Inquiries' }, value: (r) => r.figures.inquiries },
      { header: { 'zh-CN': '拜访', en: 'Visits' }, value: (r) => r.figures.visits },
      { header: { 'zh-CN': '报价', en: 'Quotes' }, value: (r) => r.figures.quotes },
      { header: { 'zh-CN': '签约', en: 'Contracts' }, value: (r) => r.figures.contracts },
      { header: { 'zh-CN': '订单', en: 'Orders' }, value: (r) => r.figures.orders },
      {
        header: { 'zh-CN': '确认回款', en: 'Money confirmed' },
        kind: 'money',
        value: (r) => r.figures.collectedFen,
      },
      { header: { 'zh-CN': '备注', en: 'Notes' }, width: 40, value: (r) => r.notes },
      {
        header: { 'zh-CN': '审阅', en: 'Review' },
        value: (r) => (r.reviewStatus ? reviewWords[r.reviewStatus]![lang] : ''),
      },
      { header: { 'zh-CN': '生成时间', en: 'Generated' }, kind: 'dateTime', value: (r) => r.generatedAt },
    ],
  });
}
