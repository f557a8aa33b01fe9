import type { Localized } from '../../platform/i18n/lang.js';
import type { SurveySource } from './tables.js';

/** SVC-2: why a survey was sent, in words (exports). */
export const sourceWords: Record<SurveySource, Localized> = {
  ticket: { 'zh-CN': '服务工单', en: 'Service ticket' },
  delivery: { 'zh-CN': '订单验收', en: 'Accepted delivery' },
  schedule: { 'zh-CN': '定期调查', en: 'Regular survey' },
  manual: { 'zh-CN': '手动发送', en: 'Sent by hand' },
};

/** SVC-2: a survey's state in words (exports). */
export const statusWords: Record<'sent' | 'answered' | 'expired', Localized> = {
  sent: { 'zh-CN': '待回复', en: 'Waiting' },
  answered: { 'zh-CN': '已回复', en: 'Answered' },
  expired: { 'zh-CN': '已过期', en: 'Expired' },
};
