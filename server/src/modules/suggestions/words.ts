import type { Localized } from '../../platform/i18n/lang.js';
import type { SuggestionRow } from './scope.js';

/** OPS-9: the categories in words (exports). */
export const categoryWords: Record<SuggestionRow['category'], Localized> = {
  product: { 'zh-CN': '产品', en: 'Product' },
  process: { 'zh-CN': '流程', en: 'Process' },
  market: { 'zh-CN': '市场', en: 'Market' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

/** OPS-9: the statuses in words (exports). */
export const statusWords: Record<SuggestionRow['status'], Localized> = {
  pending: { 'zh-CN': '待评审', en: 'Under review' },
  adopted: { 'zh-CN': '已采纳', en: 'Adopted' },
  declined: { 'zh-CN': '不予采纳', en: 'Declined' },
  withdrawn: { 'zh-CN': '已撤回', en: 'Withdrawn' },
};
