import type { Localized } from '../../platform/i18n/lang.js';
import type { EntryRow } from './scope.js';

/** OPS-10: the kinds in words (timeline, exports). */
export const kindWords: Record<EntryRow['kind'], Localized> = {
  competitor: { 'zh-CN': '竞争对手', en: 'Competitor' },
  price: { 'zh-CN': '价格', en: 'Price' },
  product: { 'zh-CN': '产品', en: 'Product' },
  policy: { 'zh-CN': '政策', en: 'Policy' },
  other: { 'zh-CN': '其他', en: 'Other' },
};
