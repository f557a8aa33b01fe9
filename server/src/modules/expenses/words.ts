import type { Localized } from '../../platform/i18n/lang.js';
import type { claimStatuses, FlagKind, lineCategories, preApprovalKinds } from './tables.js';

/** EXP-2: the kinds of pre-approval in words (exports, 待办). */
export const kindWords: Record<(typeof preApprovalKinds)[number], Localized> = {
  travel: { 'zh-CN': '差旅拜访', en: 'Travel / visit' },
  gift: { 'zh-CN': '礼品', en: 'Gift' },
  entertainment: { 'zh-CN': '招待', en: 'Entertainment' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

/** EXP-3: the line categories in words (exports). */
export const categoryWords: Record<(typeof lineCategories)[number], Localized> = {
  travel: { 'zh-CN': '差旅', en: 'Travel' },
  transport: { 'zh-CN': '交通', en: 'Transport' },
  lodging: { 'zh-CN': '住宿', en: 'Lodging' },
  meals: { 'zh-CN': '餐费', en: 'Meals' },
  gift: { 'zh-CN': '礼品', en: 'Gift' },
  entertainment: { 'zh-CN': '招待', en: 'Entertainment' },
  office: { 'zh-CN': '办公', en: 'Office' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

/** EXP-3: the claim statuses in words (exports). */
export const claimStatusWords: Record<(typeof claimStatuses)[number], Localized> = {
  draft: { 'zh-CN': '草稿', en: 'Draft' },
  submitted: { 'zh-CN': '审批中', en: 'In approval' },
  approved: { 'zh-CN': '待付款', en: 'To pay' },
  rejected: { 'zh-CN': '已退回', en: 'Rejected' },
  withdrawn: { 'zh-CN': '已撤回', en: 'Withdrawn' },
  paid: { 'zh-CN': '已付款', en: 'Paid' },
};

/** EXP-3: why a line is flagged, in words. */
export const flagWords: Record<FlagKind, Localized> = {
  sameInvoice: { 'zh-CN': '发票号重复', en: 'Same invoice number' },
  sameReceipt: { 'zh-CN': '票据文件重复', en: 'Same receipt file' },
  sameAmountDateMerchant: { 'zh-CN': '金额、日期、商户相同', en: 'Same amount, date and merchant' },
  noPreApproval: { 'zh-CN': '未经事前申请', en: 'No pre-approval' },
};
