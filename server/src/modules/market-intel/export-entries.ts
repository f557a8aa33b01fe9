import type { Ctx } from '../../platform/context.js';
import { exportList } from '../../platform/export/export-list.js';
import type { ExportColumn } from '../../platform/export/xlsx.js';
import { entryRowsFor } from './queries.js';
import type { TEntryExportQuery, TEntryRow } from './schemas.js';
import { kindWords } from './words.js';

/**
 * OPS-10/ORG-5: market information as a workbook — the list's own scope and filters; its own
 * permission (market_intel:export, checked by the route) and an audit row per export.
 */
export function exportEntries(ctx: Ctx, q: TEntryExportQuery) {
  const columns: ExportColumn<TEntryRow>[] = [
    { header: { 'zh-CN': '观察日期', en: 'Observed on' }, width: 12, value: (r) => r.observedOn },
    { header: { 'zh-CN': '类别', en: 'Kind' }, value: (r) => kindWords[r.kind][ctx.lang] },
    { header: { 'zh-CN': '竞争对手', en: 'Competitor' }, width: 16, value: (r) => r.competitor },
    { header: { 'zh-CN': '产品', en: 'Product' }, width: 16, value: (r) => r.product },
    { header: { 'zh-CN': '价格', en: 'Price' }, kind: 'money', value: (r) => r.priceFen },
    { header: { 'zh-CN': '区域', en: 'Region' }, width: 12, value: (r) => r.region },
    { header: { 'zh-CN': '来源', en: 'Source' }, width: 14, value: (r) => r.source },
    { header: { 'zh-CN': '内容', en: 'Content' }, width: 40, value: (r) => r.content },
    { header: { 'zh-CN': '客户', en: 'Customer' }, width: 20, value: (r) => r.customer?.name ?? null },
    { header: { 'zh-CN': '登记人', en: 'Recorded by' }, width: 12, value: (r) => r.user.displayName },
    { header: { 'zh-CN': '部门', en: 'Unit' }, width: 16, value: (r) => r.unit.name },
    { header: { 'zh-CN': '登记时间', en: 'Recorded' }, kind: 'dateTime', value: (r) => r.createdAt },
  ];
  return exportList(ctx, {
    entity: 'market_intel',
    sheet: { 'zh-CN': '市场信息', en: 'Market information' },
    filters: q,
    fetch: (limit) => entryRowsFor(ctx, q, limit),
    columns,
  });
}
