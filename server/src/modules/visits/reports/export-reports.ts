import type { z } from 'zod';
import { type Ctx, requireActor } from '../../../platform/context.js';
import { exportList, withoutPaging } from '../../../platform/export/export-list.js';
import { purposeText } from '../visit-words.js';
import { purposeAchievedLabels, reportStatusLabels } from './labels.js';
import { listReports } from './queries.js';
import type { TVisitReportListItem, ZVisitReportListQuery } from './schemas.js';

/**
 * VIS-5/ORG-5: the visit report list as a workbook — the screen's box, filters and sort, the
 * exporter's scope; its own permission (visit:export, checked by the route), audited. On time or
 * late per report, for the supervisor's figures.
 */
export function exportReports(ctx: Ctx, query: z.output<typeof ZVisitReportListQuery>) {
  const actor = requireActor(ctx);
  const lang = ctx.lang;
  const now = ctx.clock.now();
  return exportList<TVisitReportListItem>(ctx, {
    entity: 'visit_report',
    sheet: { 'zh-CN': '拜访报告', en: 'Visit reports' },
    filters: withoutPaging(query),
    fetch: async (limit) =>
      (await listReports(ctx.db, actor, { ...query, page: 1, pageSize: limit }, now)).items,
    columns: [
      { header: { 'zh-CN': '客户', en: 'Customer' }, width: 30, value: (r) => r.customer.name },
      { header: { 'zh-CN': '业务员', en: 'Rep' }, value: (r) => r.author.displayName },
      {
        header: { 'zh-CN': '拜访目的', en: 'Purpose' },
        width: 16,
        value: (r) => purposeText(r.purpose)[lang],
      },
      {
        header: { 'zh-CN': '签退时间', en: 'Checked out' },
        width: 20,
        kind: 'dateTime',
        value: (r) => r.checkOutAt,
      },
      { header: { 'zh-CN': '提交期限', en: 'Due' }, width: 20, kind: 'dateTime', value: (r) => r.dueAt },
      {
        header: { 'zh-CN': '首次提交', en: 'First submitted' },
        width: 20,
        kind: 'dateTime',
        value: (r) => r.submittedAt,
      },
      {
        header: { 'zh-CN': '是否按时', en: 'On time' },
        value: (r) => (r.late ? { 'zh-CN': '逾期', en: 'Late' } : { 'zh-CN': '按时', en: 'On time' })[lang],
      },
      { header: { 'zh-CN': '状态', en: 'Status' }, value: (r) => reportStatusLabels[r.status][lang] },
      {
        header: { 'zh-CN': '目的达成', en: 'Purpose achieved' },
        value: (r) => (r.purposeAchieved ? purposeAchievedLabels[r.purposeAchieved][lang] : ''),
      },
      {
        header: { 'zh-CN': '客户情况', en: "Customer's situation" },
        width: 40,
        value: (r) => r.customerSituation,
      },
      { header: { 'zh-CN': '客户需求', en: "Customer's needs" }, width: 40, value: (r) => r.customerNeeds },
      { header: { 'zh-CN': '竞争对手信息', en: 'Competitors' }, width: 40, value: (r) => r.competitorInfo },
      { header: { 'zh-CN': '下一步计划', en: 'Next steps' }, width: 40, value: (r) => r.nextSteps },
      { header: { 'zh-CN': '承诺事项数', en: 'Commitments' }, width: 10, value: (r) => r.commitmentCount },
      { header: { 'zh-CN': '审阅人', en: 'Reviewer' }, value: (r) => r.reviewer?.displayName ?? '' },
      { header: { 'zh-CN': '审阅意见', en: 'Review comment' }, width: 30, value: (r) => r.reviewComment },
    ],
  });
}
