import type { Ctx } from '../../platform/context.js';
import { exportList } from '../../platform/export/export-list.js';
import type { ExportColumn } from '../../platform/export/xlsx.js';
import { riskRowsFor } from './queries.js';
import type { TRiskExportQuery, TRiskRow } from './schemas.js';
import { categoryWords, levelWords, sourceWords, statusWords } from './words.js';

/**
 * RISK-1/ORG-5: the register as a workbook — the list's own scope and filters; its own
 * permission (risk:export, checked by the route) and an audit row per export.
 */
export function exportRisks(ctx: Ctx, q: TRiskExportQuery) {
  const columns: ExportColumn<TRiskRow>[] = [
    { header: { 'zh-CN': '编号', en: 'Number' }, width: 14, value: (r) => r.number },
    { header: { 'zh-CN': '风险', en: 'Risk' }, width: 36, value: (r) => r.title },
    {
      header: { 'zh-CN': '类别', en: 'Category' },
      width: 14,
      value: (r) => categoryWords[r.category][ctx.lang],
    },
    { header: { 'zh-CN': '可能性', en: 'Likelihood' }, value: (r) => r.likelihood },
    { header: { 'zh-CN': '影响', en: 'Impact' }, value: (r) => r.impact },
    { header: { 'zh-CN': '分值', en: 'Score' }, value: (r) => r.score },
    { header: { 'zh-CN': '等级', en: 'Level' }, value: (r) => levelWords[r.level][ctx.lang] },
    { header: { 'zh-CN': '责任人', en: 'Owner' }, width: 12, value: (r) => r.owner.displayName },
    { header: { 'zh-CN': '部门', en: 'Unit' }, width: 16, value: (r) => r.unit.name },
    { header: { 'zh-CN': '客户', en: 'Customer' }, width: 20, value: (r) => r.customer?.name ?? null },
    { header: { 'zh-CN': '复核日期', en: 'Review on' }, value: (r) => r.reviewOn },
    { header: { 'zh-CN': '状态', en: 'Status' }, value: (r) => statusWords[r.status][ctx.lang] },
    { header: { 'zh-CN': '来源', en: 'Source' }, value: (r) => sourceWords[r.source][ctx.lang] },
    { header: { 'zh-CN': '登记时间', en: 'Recorded' }, kind: 'dateTime', value: (r) => r.createdAt },
  ];
  return exportList(ctx, {
    entity: 'risk',
    sheet: { 'zh-CN': '风险登记', en: 'Risk register' },
    filters: q,
    fetch: (limit) => riskRowsFor(ctx, q, limit),
    columns,
  });
}
