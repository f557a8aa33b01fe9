import type { Ctx } from '../../platform/context.js';
import { exportList } from '../../platform/export/export-list.js';
import type { ExportColumn } from '../../platform/export/xlsx.js';
import { ticketRowsFor } from './queries.js';
import type { TTicketExportQuery, TTicketRow } from './schemas.js';
import { TICKET_ENTITY } from './scope.js';
import { priorityWords, statusWords, typeWords } from './words.js';

/**
 * SVC-1/ORG-5: the ticket list as a workbook — the list's own view, scope and filters; its own
 * permission (service_ticket:export, checked by the route) and an audit row per export.
 */
export function exportTickets(ctx: Ctx, q: TTicketExportQuery) {
  const columns: ExportColumn<TTicketRow>[] = [
    { header: { 'zh-CN': '编号', en: 'Number' }, width: 14, value: (r) => r.number },
    { header: { 'zh-CN': '类型', en: 'Type' }, value: (r) => typeWords[r.type][ctx.lang] },
    { header: { 'zh-CN': '优先级', en: 'Priority' }, value: (r) => priorityWords[r.priority][ctx.lang] },
    { header: { 'zh-CN': '状态', en: 'Status' }, value: (r) => statusWords[r.status][ctx.lang] },
    { header: { 'zh-CN': '标题', en: 'Title' }, width: 30, value: (r) => r.title },
    { header: { 'zh-CN': '客户', en: 'Customer' }, width: 24, value: (r) => r.customer.name },
    { header: { 'zh-CN': '处理人', en: 'Owner' }, width: 12, value: (r) => r.owner.displayName },
    { header: { 'zh-CN': '部门', en: 'Unit' }, width: 16, value: (r) => r.unit.name },
    { header: { 'zh-CN': '登记人', en: 'Opened by' }, width: 12, value: (r) => r.openedBy.displayName },
    { header: { 'zh-CN': '登记时间', en: 'Opened' }, kind: 'dateTime', value: (r) => r.createdAt },
    { header: { 'zh-CN': '首次响应', en: 'First response' }, kind: 'dateTime', value: (r) => r.respondedAt },
    { header: { 'zh-CN': '解决时间', en: 'Resolved' }, kind: 'dateTime', value: (r) => r.resolvedAt },
    { header: { 'zh-CN': '期限', en: 'Due' }, kind: 'dateTime', value: (r) => r.dueAt },
    {
      header: { 'zh-CN': '逾期', en: 'Overdue' },
      value: (r) => (r.overdue ? { 'zh-CN': '是', en: 'Yes' }[ctx.lang] : ''),
    },
    { header: { 'zh-CN': '用时（分钟）', en: 'Time spent (min)' }, value: (r) => r.timeSpentMinutes },
  ];
  return exportList(ctx, {
    entity: TICKET_ENTITY,
    sheet: { 'zh-CN': '服务工单', en: 'Service tickets' },
    filters: q,
    fetch: (limit) => ticketRowsFor(ctx, q, limit),
    columns,
  });
}
