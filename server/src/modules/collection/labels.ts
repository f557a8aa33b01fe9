import type { Localized } from '../../platform/i18n/lang.js';
import type { TReceivable } from './schemas.js';

/** AR-5: the words the screens and the export use for a receivable's status. */
export const receivableStatusLabels: Record<TReceivable['status'], Localized> = {
  not_due: { 'zh-CN': '未到期', en: 'Not due' },
  due_soon: { 'zh-CN': '即将到期', en: 'Due soon' },
  overdue: { 'zh-CN': '逾期', en: 'Overdue' },
  paid: { 'zh-CN': '已结清', en: 'Paid' },
};

/** Fen (digit string, maybe negative) → yuan text with two decimals, exact (no floats). */
