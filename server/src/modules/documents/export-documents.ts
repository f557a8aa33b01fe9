import type { Ctx } from '../../platform/context.js';
import { exportList } from '../../platform/export/export-list.js';
import type { ExportColumn } from '../../platform/export/xlsx.js';
import { documentRowsFor } from './queries.js';
import type { TDocumentExportQuery, TDocumentRow } from './schemas.js';
import { categoryWords, confidentialityWords, retentionWords, statusWords } from './words.js';

/**
 * DOC-2/ORG-5: the catalogue as a workbook — the list's own view and filters, catalogue lines
 * only (no contents); its own permission (document:export) and an audit row per export.
 */
export function exportDocuments(ctx: Ctx, q: TDocumentExportQuery) {
  const columns: ExportColumn<TDocumentRow>[] = [
    { header: { 'zh-CN': '档案编号', en: 'Number' }, width: 14, value: (r) => r.number },
    { header: { 'zh-CN': '题名', en: 'Title' }, width: 36, value: (r) => r.title },
    {
      header: { 'zh-CN': '类别', en: 'Category' },
      width: 18,
      value: (r) => categoryWords[r.category][ctx.lang],
    },
    {
      header: { 'zh-CN': '密级', en: 'Confidentiality' },
      width: 14,
      value: (r) => confidentialityWords[r.confidentiality][ctx.lang],
    },
    {
      header: { 'zh-CN': '保管期限', en: 'Retention' },
      value: (r) => retentionWords[r.retentionClass][ctx.lang],
    },
    { header: { 'zh-CN': '保管至', en: 'Kept until' }, width: 12, value: (r) => r.retainUntil },
    { header: { 'zh-CN': '所属部门', en: 'Unit' }, width: 16, value: (r) => r.unit.name },
    { header: { 'zh-CN': '保管人', en: 'Keeper' }, width: 12, value: (r) => r.keeper.displayName },
    { header: { 'zh-CN': '版本数', en: 'Versions' }, value: (r) => r.versionCount },
    { header: { 'zh-CN': '状态', en: 'Status' }, value: (r) => statusWords[r.status][ctx.lang] },
    { header: { 'zh-CN': '归档时间', en: 'Catalogued' }, kind: 'dateTime', value: (r) => r.createdAt },
  ];
  return exportList(ctx, {
    entity: 'document',
    sheet: { 'zh-CN': '档案目录', en: 'Document catalogue' },
    filters: q,
    fetch: (limit) => documentRowsFor(ctx, q, limit),
    columns,
  });
}
