import type { Localized } from '../../../platform/i18n/lang.js';
import type { TVisitReport } from './schemas.js';

/** VIS-5: a report's status in words (the export; the web has its own catalogue). */
export const reportStatusLabels: Record<TVisitReport['status'], Localized> = {
  draft: { 'zh-CN': '待提交', en: 'To submit' },
  submitted: { 'zh-CN': '待审阅', en: 'Awaiting review' },
  approved: { 'zh-CN': '已通过', en: 'Approved' },
  returned: { 'zh-CN': '已退回', en: 'Returned' },
};

export const purposeAchievedLabels: Record<NonNullable<TVisitReport['purposeAchieved']>, Localized> = {
  yes: { 'zh-CN': '达成', en: 'Achieved' },
  partly: { 'zh-CN': '部分达成', en: 'Partly achieved' },
  no: { 'zh-CN': '未达成', en: 'Not achieved' },
};
