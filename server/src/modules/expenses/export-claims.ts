import { type Ctx, requireActor } from '../../platform/context.js';
import { exportList } from '../../platform/export/export-list.js';
import type { ExportColumn } from '../../platform/export/xlsx.js';
import { claimLinesOfMonth } from './claim-queries.js';
import type { TClaimExportQuery } from './schemas.js';
import { claimReadable } from './scope.js';
import { categoryWords, claimStatusWords, flagWords } from './words.js';

type Line = Awaited<ReturnType<typeof claimLinesOfMonth>>[number];

/**
 * EXP-3: finance's monthly workbook — the claims approved or paid in the month, one row per line
 * (rejected lines with their reason, flags with the reviewer's reason); scoped and audited.
 */
export function exportClaimsOfMonth(ctx: Ctx, q: TClaimExportQuery) {
  const actor = requireActor(ctx);
  const lang = ctx.lang;
  const columns: ExportColumn<Line>[] = [
    { header: { 'zh-CN': '报销单号', en: 'Claim' }, width: 14, value: (r) => r.c.number },
    { header: { 'zh-CN': '报销人', en: 'Claimant' }, width: 12, value: (r) => r.displayName },
    { header: { 'zh-CN': '部门', en: 'Unit' }, width: 16, value: (r) => r.unitName },
    { header: { 'zh-CN': '状态', en: 'Status' }, value: (r) => claimStatusWords[r.c.status][lang] },
    { header: { 'zh-CN': '序号', en: 'Line' }, width: 6, value: (r) => r.l.seq },
    { header: { 'zh-CN': '费用日期', en: 'Date spent' }, value: (r) => r.l.spentOn },
    { header: { 'zh-CN': '类别', en: 'Category' }, value: (r) => categoryWords[r.l.category][lang] },
    { header: { 'zh-CN': '金额', en: 'Amount' }, kind: 'money', value: (r) => r.l.amountFen },
    { header: { 'zh-CN': '发票号', en: 'Invoice no.' }, value: (r) => r.l.invoiceNo },
    { header: { 'zh-CN': '商户', en: 'Merchant' }, width: 24, value: (r) => r.l.merchant },
    {
      header: { 'zh-CN': '标记', en: 'Flags' },
      width: 24,
      value: (r) => r.l.flags.map((f) => flagWords[f.kind][lang]).join('；') || null,
    },
    {
      header: { 'zh-CN': '标记通过理由', en: 'Reason flags passed' },
      width: 24,
      value: (r) => r.l.flagReason,
    },
    { header: { 'zh-CN': '驳回理由', en: 'Rejected because' }, width: 24, value: (r) => r.l.rejectedReason },
    { header: { 'zh-CN': '审批通过', en: 'Approved' }, kind: 'dateTime', value: (r) => r.c.approvedAt },
    { header: { 'zh-CN': '付款日期', en: 'Paid on' }, value: (r) => r.c.paidOn },
  ];
  return exportList(ctx, {
    entity: 'expense_claim',
    sheet: { 'zh-CN': '费用报销', en: 'Expense claims' },
    filters: q,
    fetch: async (limit) =>
      (await claimLinesOfMonth(ctx.db, q.month, ctx.clock.now(), claimReadable(actor))).slice(0, limit),
    columns,
  });
}
