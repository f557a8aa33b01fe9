import type { z } from 'zod';
import { type Ctx, requireActor } from '../../platform/context.js';
import { exportList, withoutPaging } from '../../platform/export/export-list.js';
import { listPayments } from './payment-queries.js';
import type { TPayment, ZPaymentListQuery } from './schemas.js';

const methodLabels = {
  cash: { 'zh-CN': '现金', en: 'Cash' },
  bank_transfer: { 'zh-CN': '银行转账', en: 'Bank transfer' },
  pos_card: { 'zh-CN': 'POS 刷卡', en: 'POS card' },
  acceptance_bill: { 'zh-CN': '承兑汇票', en: 'Acceptance bill' },
  other: { 'zh-CN': '其他', en: 'Other' },
} as const;
const statusLabels = {
  pending: { 'zh-CN': '待确认', en: 'Pending' },
  confirmed: { 'zh-CN': '已确认', en: 'Confirmed' },
  rejected: { 'zh-CN': '已退回', en: 'Rejected' },
} as const;

/** ORG-5/AR-4: the payment list as a workbook — the screen's filters and the exporter's scope; audited. */
export function exportPayments(ctx: Ctx, query: z.output<typeof ZPaymentListQuery>) {
  const actor = requireActor(ctx);
  const lang = ctx.lang;
  return exportList<TPayment>(ctx, {
    entity: 'payment',
    sheet: { 'zh-CN': '回款', en: 'Payments' },
    filters: withoutPaging(query),
    fetch: async (limit) =>
      (await listPayments(ctx.db, actor, { ...query, cursor: undefined, page: 1, pageSize: limit })).items,
    columns: [
      { header: { 'zh-CN': '回款编号', en: 'Number' }, width: 16, value: (p) => p.number },
      { header: { 'zh-CN': '客户', en: 'Customer' }, width: 30, value: (p) => p.customer.name },
      { header: { 'zh-CN': '合同', en: 'Contract' }, width: 18, value: (p) => p.contract?.number ?? null },
      { header: { 'zh-CN': '回款方式', en: 'Method' }, value: (p) => methodLabels[p.method][lang] },
      {
        header: { 'zh-CN': '金额（元）', en: 'Amount (CNY)' },
        width: 16,
        kind: 'money',
        value: (p) => p.amountFen,
      },
      {
        header: { 'zh-CN': '未分配（元）', en: 'Unallocated (CNY)' },
        width: 16,
        kind: 'money',
        value: (p) => p.unallocatedFen,
      },
      { header: { 'zh-CN': '到账日期', en: 'Received on' }, value: (p) => p.receivedOn },
      { header: { 'zh-CN': '付款人', en: 'Payer' }, width: 24, value: (p) => p.payer },
      { header: { 'zh-CN': '凭证号', en: 'Voucher no.' }, value: (p) => p.voucherNo },
      { header: { 'zh-CN': '状态', en: 'Status' }, value: (p) => statusLabels[p.status][lang] },
      {
        header: { 'zh-CN': '类型', en: 'Kind' },
        value: (p) =>
          p.kind === 'reversal' ? (lang === 'en' ? 'Reversal' : '冲销') : lang === 'en' ? 'Receipt' : '收款',
      },
      { header: { 'zh-CN': '负责人', en: 'Owner' }, value: (p) => p.owner.displayName },
      { header: { 'zh-CN': '所属组织', en: 'Unit' }, width: 20, value: (p) => p.unit.name },
      {
        header: { 'zh-CN': '确认时间', en: 'Confirmed' },
        width: 30,
        kind: 'dateTime',
        value: (p) => p.confirmedAt,
      },
      { header: { 'zh-CN': '退回原因', en: 'Reject reason' }, width: 24, value: (p) => p.rejectReason },
    ],
  });
}
