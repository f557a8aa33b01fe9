import type { Ctx } from '../../platform/context.js';
import { exportList } from '../../platform/export/export-list.js';
import type { ExportColumn } from '../../platform/export/xlsx.js';
import type { Lang } from '../../platform/i18n/lang.js';
import type { TargetMetric } from '../targets/index.js';
import { salesStatusNow } from './sales-status.js';
import type { TSalesStatusQuery, TSalesStatusRow } from './schemas.js';

/** Words for the metric the sales amount counts (the web has its own copy in labels.*.json). */
const salesWords: Record<TargetMetric, Record<Lang, string>> = {
  signed_amount: { 'zh-CN': '销售额（签约）', en: 'Sales (signed)' },
  collected_amount: { 'zh-CN': '销售额（回款）', en: 'Sales (collected)' },
  volume: { 'zh-CN': '销量', en: 'Volume' },
  new_customers: { 'zh-CN': '新客户', en: 'New customers' },
};

type Row = TSalesStatusRow & { depth: number };

/**
 * OPS-5: the 销售状况一览表 as a workbook — one row per unit and person as on screen (names
 * indented by level), computed at the moment of the export in the reader's scope; its own
 * permission (indicator:export, checked by the route) and an audit row.
 */
export async function exportSalesStatus(ctx: Ctx, q: TSalesStatusQuery) {
  const status = await salesStatusNow(ctx, q.period);
  const depth = new Map<string, number>();
  const rows: Row[] = status.rows.map((r) => {
    const d = r.parentKey ? (depth.get(r.parentKey) ?? 0) + 1 : 0;
    depth.set(r.key, d);
    return { ...r, depth: d };
  });
  const sales = salesWords[status.salesMetric][ctx.lang];
  const columns: ExportColumn<Row>[] = [
    {
      header: { 'zh-CN': '组织 / 人员', en: 'Unit / person' },
      width: 28,
      value: (r) => `${'　'.repeat(r.depth)}${r.unit?.name ?? r.user?.displayName ?? ''}`,
    },
    { header: { 'zh-CN': '期间', en: 'Period' }, width: 10, value: () => status.period },
    {
      header: { 'zh-CN': `${sales}目标`, en: `${sales} target` },
      kind: 'money',
      value: (r) => r.sales.target,
    },
    {
      header: { 'zh-CN': `${sales}实际`, en: `${sales} actual` },
      kind: 'money',
      value: (r) => r.sales.actual,
    },
    { header: { 'zh-CN': '完成率 %', en: 'Completion %' }, value: (r) => r.sales.completionPct },
    {
      header: { 'zh-CN': '去年同期', en: 'Same period last year' },
      kind: 'money',
      value: (r) => r.sales.lastYear,
    },
    { header: { 'zh-CN': '同比增长 %', en: 'Growth %' }, value: (r) => r.sales.growthPct },
    { header: { 'zh-CN': '回款', en: 'Collected' }, kind: 'money', value: (r) => r.collected.actual },
    {
      header: { 'zh-CN': '逾期金额', en: 'Overdue' },
      kind: 'money',
      value: (r) => r.overdue?.amountFen ?? null,
    },
    { header: { 'zh-CN': '逾期笔数', en: 'Overdue instalments' }, value: (r) => r.overdue?.count ?? null },
    {
      header: { 'zh-CN': '在谈商机金额', en: 'Open pipeline' },
      kind: 'money',
      value: (r) => r.pipeline?.amountFen ?? null,
    },
    {
      header: { 'zh-CN': '加权金额', en: 'Weighted pipeline' },
      kind: 'money',
      value: (r) => r.pipeline?.weightedFen ?? null,
    },
  ];
  return exportList(ctx, {
    entity: 'sales_status',
    sheet: { 'zh-CN': '销售状况一览表', en: 'Sales status' },
    filters: { period: status.period },
    fetch: async (limit) => rows.slice(0, limit),
    columns,
  });
}
