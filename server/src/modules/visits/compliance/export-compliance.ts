import { type Ctx, requireActor } from '../../../platform/context.js';
import { exportList } from '../../../platform/export/export-list.js';
import type { ExportColumn } from '../../../platform/export/xlsx.js';
import type { TVisitComplianceQuery, TVisitComplianceRow } from './schemas.js';
import { visitComplianceFor } from './visit-compliance.js';

/** Minutes as hours with one decimal (what the page shows). */
export const hoursText = (minutes: number): string => (minutes / 60).toFixed(1);

const columns: ExportColumn<TVisitComplianceRow>[] = [
  { header: { 'zh-CN': '姓名', en: 'Name' }, value: (r) => r.rep.displayName },
  { header: { 'zh-CN': '用户名', en: 'Username' }, value: (r) => r.rep.username },
  { header: { 'zh-CN': '部门', en: 'Unit' }, width: 20, value: (r) => r.unit.name },
  { header: { 'zh-CN': '计划拜访', en: 'Planned visits' }, value: (r) => r.planned },
  { header: { 'zh-CN': '计划内已完成', en: 'Planned and done' }, value: (r) => r.plannedDone },
  {
    header: { 'zh-CN': '完成率（%）', en: 'Completion (%)' },
    value: (r) => r.completionPct,
  },
  { header: { 'zh-CN': '本月完成拜访', en: 'Visits done' }, value: (r) => r.done },
  { header: { 'zh-CN': '其中计划外', en: 'Of which ad hoc' }, value: (r) => r.doneAdHoc },
  { header: { 'zh-CN': '计划时数', en: 'Planned hours' }, value: (r) => hoursText(r.plannedMinutes) },
  { header: { 'zh-CN': '实际时数', en: 'Hours spent' }, value: (r) => hoursText(r.spentMinutes) },
  { header: { 'zh-CN': '报告按时', en: 'Reports on time' }, value: (r) => r.reports.onTime },
  { header: { 'zh-CN': '报告逾期提交', en: 'Reports late' }, value: (r) => r.reports.late },
  { header: { 'zh-CN': '报告缺交', en: 'Reports missing' }, value: (r) => r.reports.missing },
  { header: { 'zh-CN': '报告未到期', en: 'Reports not yet due' }, value: (r) => r.reports.notDue },
  { header: { 'zh-CN': '本月到期承诺', en: 'Commitments due' }, value: (r) => r.commitments.due },
  { header: { 'zh-CN': '承诺按时完成', en: 'Commitments on time' }, value: (r) => r.commitments.onTime },
  { header: { 'zh-CN': '承诺逾期完成', en: 'Commitments late' }, value: (r) => r.commitments.late },
  {
    header: { 'zh-CN': '承诺逾期未完成', en: 'Commitments open, overdue' },
    value: (r) => r.commitments.openOverdue,
  },
  { header: { 'zh-CN': '承诺未到期', en: 'Commitments open' }, value: (r) => r.commitments.open },
];

/**
 * VIS-7/ORG-5: the month's compliance table as a workbook — the exporter's visit:read scope (the
 * rows the page shows), its own permission (visit:export, checked by the route), audited.
 */
export async function exportCompliance(ctx: Ctx, q: TVisitComplianceQuery) {
  const actor = requireActor(ctx);
  const now = ctx.clock.now();
  const { month, rows } = await visitComplianceFor(ctx.db, { month: q.month, now, reps: { actor } });
  const file = await exportList<TVisitComplianceRow>(ctx, {
    entity: 'visit_compliance',
    sheet: { 'zh-CN': `拜访达成 ${month.month}`, en: `Visit compliance ${month.month}` },
    filters: { month: month.month },
    fetch: async (limit) => rows.slice(0, limit),
    columns,
  });
  return { ...file, filename: `visit-compliance-${month.month}.xlsx` };
}
