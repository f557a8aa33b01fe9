import type { Ctx } from '../../platform/context.js';
import { exportList } from '../../platform/export/export-list.js';
import type { ExportColumn } from '../../platform/export/xlsx.js';
import { suggestionRowsFor } from './queries.js';
import type { TSuggestionExportQuery, TSuggestionRow } from './schemas.js';
import { categoryWords, statusWords } from './words.js';

/**
 * OPS-9/ORG-5: the suggestion list as a workbook — the list's own view, scope and filters; its
 * own permission (suggestion:export, checked by the route) and an audit row per export.
 */
export function exportSuggestions(ctx: Ctx, q: TSuggestionExportQuery) {
  const columns: ExportColumn<TSuggestionRow>[] = [
    { header: { 'zh-CN': '编号', en: 'Number' }, width: 14, value: (r) => r.number },
    { header: { 'zh-CN': '标题', en: 'Title' }, width: 30, value: (r) => r.title },
    { header: { 'zh-CN': '类别', en: 'Category' }, value: (r) => categoryWords[r.category][ctx.lang] },
    { header: { 'zh-CN': '提出人', en: 'Made by' }, width: 12, value: (r) => r.user.displayName },
    { header: { 'zh-CN': '部门', en: 'Unit' }, width: 16, value: (r) => r.unit.name },
    { header: { 'zh-CN': '状态', en: 'Status' }, value: (r) => statusWords[r.status][ctx.lang] },
    { header: { 'zh-CN': '提出时间', en: 'Made' }, kind: 'dateTime', value: (r) => r.createdAt },
    {
      header: { 'zh-CN': '评审人', en: 'Reviewed by' },
      width: 12,
      value: (r) => r.decidedBy?.displayName ?? null,
    },
    { header: { 'zh-CN': '评审时间', en: 'Reviewed' }, kind: 'dateTime', value: (r) => r.decidedAt },
    { header: { 'zh-CN': '评审意见', en: 'Review note' }, width: 30, value: (r) => r.decisionNote },
  ];
  return exportList(ctx, {
    entity: 'suggestion',
    sheet: { 'zh-CN': '合理化建议', en: 'Suggestions' },
    filters: q,
    fetch: (limit) => suggestionRowsFor(ctx, q, limit),
    columns,
  });
}
