import type { Localized } from '../../platform/i18n/lang.js';
import type { visitPurposeCodes } from './policies.js';
import type { visitStatuses } from './tables.js';

/** VIS-3: the purposes in words, for the customer's timeline and the export. */
export const purposeWords: Record<(typeof visitPurposeCodes)[number], Localized> = {
  market_research: { 'zh-CN': '市场调查', en: 'Market research' },
  competitor_info: { 'zh-CN': '收集竞争对手信息', en: 'Competitor information' },
  maintenance: { 'zh-CN': '客户维护', en: 'Customer maintenance' },
  collect_payment: { 'zh-CN': '收款', en: 'Collecting payment' },
  new_customer: { 'zh-CN': '开发新客户', en: 'New customer' },
  new_product: { 'zh-CN': '新产品介绍', en: 'New product introduction' },
  coverage: { 'zh-CN': '覆盖拜访', en: 'Coverage visit' },
};

export function purposeText(code: string): Localized {
  return purposeWords[code as keyof typeof purposeWords] ?? { 'zh-CN': code, en: code };
}

/** The visit's status in words, for the export. */
export const statusWords: Record<(typeof visitStatuses)[number], Localized> = {
  planned: { 'zh-CN': '已计划', en: 'Planned' },
  prepared: { 'zh-CN': '已准备', en: 'Prepared' },
  in_progress: { 'zh-CN': '拜访中', en: 'In progress' },
  done: { 'zh-CN': '已完成', en: 'Done' },
  cancelled: { 'zh-CN': '已取消', en: 'Cancelled' },
};

/** The pre-approval of expense, gift and entertainment in words (VIS-4). */
export const preApprovalWords: Record<'none' | 'pending' | 'approved' | 'rejected', Localized> = {
  none: { 'zh-CN': '无需或未申请', en: 'None' },
  pending: { 'zh-CN': '待批准', en: 'Pending' },
  approved: { 'zh-CN': '已批准', en: 'Approved' },
  rejected: { 'zh-CN': '已驳回', en: 'Rejected' },
};
