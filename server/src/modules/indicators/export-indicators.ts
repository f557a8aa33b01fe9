import { type Ctx, requireActor } from '../../platform/context.js';
import { exportList, withoutPaging } from '../../platform/export/export-list.js';
import type { ExportColumn } from '../../platform/export/xlsx.js';
import { currentMonth, figuresOf, subjectsOfQuery } from './list-indicators.js';
import type { TIndicatorItem, TIndicatorQuery } from './schemas.js';

type Row = TIndicatorItem & { period: string };

const count = (v: string) => Number(v);

/**
 * PLAN-5/ORG-5: the indicators list as a workbook — the same subjects as the screen (the
 * reader's indicator:read scope, the level or subjects asked), every figure of the period;
 * its own permission (indicator:export, checked by the route) and an audit row per export.
 */
export async function exportIndicators(ctx: Ctx, q: TIndicatorQuery) {
  const actor = requireActor(ctx);
  const at = ctx.clock.now();
  const code = q.period ?? (await currentMonth(ctx.db, at));
  const columns: ExportColumn<Row>[] = [
    { header: { 'zh-CN': '期间', en: 'Period' }, width: 10, value: (r) => r.period },
    { header: { 'zh-CN': '对象', en: 'Person / unit' }, width: 16, value: (r) => r.subject.name },
    { header: { 'zh-CN': '所属', en: 'In' }, width: 20, value: (r) => r.subject.unit?.name ?? null },
    { header: { 'zh-CN': '销售额', en: 'Sales amount' }, kind: 'money', value: (r) => r.sales.actual },
    { header: { 'zh-CN': '销售目标', en: 'Sales target' }, kind: 'money', value: (r) => r.sales.target },
    { header: { 'zh-CN': '完成率 (%)', en: 'Completion (%)' }, value: (r) => r.sales.completionPct },
    {
      header: { 'zh-CN': '去年同期', en: 'Same period last year' },
      kind: 'money',
      value: (r) => r.sales.lastYear,
    },
    { header: { 'zh-CN': '同比增长 (%)', en: 'Growth (%)' }, value: (r) => r.sales.growthPct },
    {
      header: { 'zh-CN': '签约金额', en: 'Signed amount' },
      kind: 'money',
      value: (r) => r.metrics.signed_amount.actual,
    },
    {
      header: { 'zh-CN': '回款金额', en: 'Collected amount' },
      kind: 'money',
      value: (r) => r.metrics.collected_amount.actual,
    },
    { header: { 'zh-CN': '销售数量', en: 'Volume' }, value: (r) => count(r.metrics.volume.actual) },
    {
      header: { 'zh-CN': '新增客户', en: 'New customers' },
      value: (r) => count(r.metrics.new_customers.actual),
    },
    {
      header: { 'zh-CN': '本期应收', en: 'Due in the period' },
      kind: 'money',
      value: (r) => r.collection.dueFen,
    },
    {
      header: { 'zh-CN': '已回款（应收）', en: 'Collected on it' },
      kind: 'money',
      value: (r) => r.collection.collectedFen,
    },
    { header: { 'zh-CN': '回款率 (%)', en: 'Collection rate (%)' }, value: (r) => r.collection.ratePct },
    { header: { 'zh-CN': '客户满意度 (%)', en: 'Satisfaction (%)' }, value: (r) => r.satisfaction.pct },
    { header: { 'zh-CN': '费用率 (%)', en: 'Expense ratio (%)' }, value: (r) => r.expense.ratioPct },
    { header: { 'zh-CN': '市场占有率 (%)', en: 'Market share (%)' }, value: (r) => r.marketShare.pct },
  ];
  return exportList(ctx, {
    entity: 'indicator',
    sheet: { 'zh-CN': '业绩指标', en: 'Indicators' },
    filters: { ...withoutPaging(q), period: code },
    fetch: async (limit) => {
      const { subjects } = await subjectsOfQuery(ctx.db, actor, q);
      const { items } = await figuresOf(ctx.db, subjects.slice(0, limit), code, at);
      return items.map((item) => ({ ...item, period: code }));
    },
    columns,
  });
}
