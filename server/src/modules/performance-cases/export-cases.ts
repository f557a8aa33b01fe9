import type { Ctx } from '../../platform/context.js';
import { exportList } from '../../platform/export/export-list.js';
import type { ExportColumn } from '../../platform/export/xlsx.js';
import type { Localized } from '../../platform/i18n/lang.js';
import { caseRowsFor } from './queries.js';
import type { TCaseExportQuery, TCaseRow } from './schemas.js';

const levels: Record<TCaseRow['level'], Localized> = {
  interview: { 'zh-CN': '约谈', en: 'Interview' },
  review: { 'zh-CN': '绩效考核', en: 'Performance review' },
};
const statuses: Record<TCaseRow['status'], Localized> = {
  interview: { 'zh-CN': '待约谈', en: 'Interview due' },
  plan: { 'zh-CN': '待定改进计划', en: 'Plan to agree' },
  review: { 'zh-CN': '待考核决定', en: 'Decision to take' },
  outcome: { 'zh-CN': '待记录结果', en: 'Outcome to record' },
  closed: { 'zh-CN': '已结案', en: 'Closed' },
};

/**
 * INC-8/ORG-5: the case list as a workbook for HR — the list's own query in the reader's
 * perf_case:read scope and filters; its own permission (perf_case:export, checked by the route)
 * and an audit row per export.
 */
export function exportCases(ctx: Ctx, q: TCaseExportQuery) {
  const last = (r: TCaseRow) => r.snapshot.months.at(-1);
  const columns: ExportColumn<TCaseRow>[] = [
    { header: { 'zh-CN': '月份', en: 'Month' }, width: 10, value: (r) => r.month },
    { header: { 'zh-CN': '人员', en: 'Person' }, width: 12, value: (r) => r.person.displayName },
    { header: { 'zh-CN': '部门', en: 'Unit' }, width: 16, value: (r) => r.unit.name },
    {
      header: { 'zh-CN': '直属上级', en: 'Superior' },
      width: 12,
      value: (r) => r.superior?.displayName ?? null,
    },
    { header: { 'zh-CN': '级别', en: 'Level' }, value: (r) => levels[r.level][ctx.lang] },
    { header: { 'zh-CN': '状态', en: 'Status' }, value: (r) => statuses[r.status][ctx.lang] },
    {
      header: { 'zh-CN': '连续未达标（月）', en: 'Months below in a row' },
      value: (r) => r.consecutiveMonths,
    },
    { header: { 'zh-CN': '目标', en: 'Target' }, kind: 'money', value: (r) => last(r)?.target ?? null },
    { header: { 'zh-CN': '完成', en: 'Actual' }, kind: 'money', value: (r) => last(r)?.actual ?? null },
    { header: { 'zh-CN': '完成率 (%)', en: 'Completion (%)' }, value: (r) => last(r)?.completionPct ?? null },
    { header: { 'zh-CN': '开立时间', en: 'Opened' }, kind: 'dateTime', value: (r) => r.createdAt },
  ];
  return exportList(ctx, {
    entity: 'performance_case',
    sheet: { 'zh-CN': '绩效面谈', en: 'Performance cases' },
    filters: q,
    fetch: (limit) => caseRowsFor(ctx, q, limit),
    columns,
  });
}
