import type { Localized } from '../../../platform/i18n/lang.js';
import type { visitPurposeCodes } from '../policies.js';
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

/** VIS-3: the purposes' words. */
export const purposeLabels: Record<(typeof visitPurposeCodes)[number], Localized> = {
  market_research: { 'zh-CN': '市场调查', en: 'Market research' },
  competitor_info: { 'zh-CN': '收集竞争对手信息', en: 'Competitor information' },
  maintenance: { 'zh-CN': '客户维护', en: 'Customer maintenance' },
  collect_payment: { 'zh-CN': '收款', en: 'Collect payment' },
  new_customer: { 'zh-CN': '开发新客户', en: 'New customer' },
  new_product: { 'zh-CN': '新产品介绍', en: 'New product introduction' },
  coverage: { 'zh-CN': '覆盖拜访', en: 'Coverage' },
};
