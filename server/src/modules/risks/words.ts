import type { Localized } from '../../platform/i18n/lang.js';
import type { RiskLevel, RiskRow } from './scope.js';

/** RISK-1: the categories in words (exports, notices). */
export const categoryWords: Record<RiskRow['category'], Localized> = {
  market: { 'zh-CN': '市场风险', en: 'Market' },
  customer_credit: { 'zh-CN': '客户信用风险', en: 'Customer credit' },
  contract: { 'zh-CN': '合同风险', en: 'Contract' },
  collection: { 'zh-CN': '回款风险', en: 'Collection' },
  compliance: { 'zh-CN': '合规风险', en: 'Compliance' },
};

export const statusWords: Record<RiskRow['status'], Localized> = {
  open: { 'zh-CN': '未控制', en: 'Open' },
  controlled: { 'zh-CN': '已控制', en: 'Controlled' },
  closed: { 'zh-CN': '已关闭', en: 'Closed' },
};

export const levelWords: Record<RiskLevel, Localized> = {
  low: { 'zh-CN': '低', en: 'Low' },
  medium: { 'zh-CN': '中', en: 'Medium' },
  high: { 'zh-CN': '高', en: 'High' },
  critical: { 'zh-CN': '重大', en: 'Critical' },
};

export const sourceWords: Record<RiskRow['source'], Localized> = {
  manual: { 'zh-CN': '人工登记', en: 'Recorded' },
  system: { 'zh-CN': '系统预警', en: 'System' },
};

/** RISK-1: each customer-credit signal, as the risk's title and as why it cleared. */
export const signalWords: Record<NonNullable<RiskRow['signal']>, { title: Localized; cleared: Localized }> = {
  over_limit: {
    title: { 'zh-CN': '超出信用额度', en: 'over its credit limit' },
    cleared: { 'zh-CN': '欠款已降至信用额度以内', en: 'the debt is back within the credit limit' },
  },
  legal_overdue: {
    title: { 'zh-CN': '欠款逾期达法务审查期限', en: 'debt overdue past the legal-review step' },
    cleared: { 'zh-CN': '逾期欠款已收回或已处理', en: 'the overdue debt was paid or settled' },
  },
  written_off: {
    title: { 'zh-CN': '发生坏账核销', en: 'a bad debt was written off' },
    cleared: { 'zh-CN': '坏账核销观察期已满', en: 'the write-off watch period has ended' },
  },
};
