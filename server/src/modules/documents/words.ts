import type { Localized } from '../../platform/i18n/lang.js';
import type { DocumentRow } from './scope.js';

/** DOC-1: the categories in words (exports). */
export const categoryWords: Record<DocumentRow['category'], Localized> = {
  gm_report: { 'zh-CN': '呈总经理报告', en: 'Report to the GM' },
  company_document: { 'zh-CN': '公司文件', en: 'Company document' },
  meeting_minutes: { 'zh-CN': '会议纪要', en: 'Meeting minutes' },
  internal_ordinary: { 'zh-CN': '内部资料（一般）', en: 'Internal material (ordinary)' },
  internal_important: { 'zh-CN': '内部资料（重要）', en: 'Internal material (important)' },
  activity_plan: { 'zh-CN': '活动方案', en: 'Activity plan' },
  disputed_contract: { 'zh-CN': '合同争议文件', en: 'Disputed contract papers' },
  aftersales_equipment: { 'zh-CN': '售后设备档案', en: 'After-sales equipment document' },
};

/** DOC-4: the retention classes in words. */
export const retentionWords: Record<DocumentRow['retentionClass'], Localized> = {
  y1: { 'zh-CN': '1 年', en: '1 year' },
  y3: { 'zh-CN': '3 年', en: '3 years' },
  y5: { 'zh-CN': '5 年', en: '5 years' },
  y10: { 'zh-CN': '10 年', en: '10 years' },
  y30: { 'zh-CN': '30 年', en: '30 years' },
  long_term: { 'zh-CN': '长期', en: 'Long-term' },
};

/** DOC-3: the confidentiality levels in words. */
export const confidentialityWords: Record<DocumentRow['confidentiality'], Localized> = {
  public: { 'zh-CN': '部门内公开', en: 'Public in the department' },
  restricted: { 'zh-CN': '限制', en: 'Restricted' },
  confidential: { 'zh-CN': '机密', en: 'Confidential' },
};

export const statusWords: Record<DocumentRow['status'], Localized> = {
  active: { 'zh-CN': '在档', en: 'Kept' },
  disposed: { 'zh-CN': '已处置', en: 'Disposed' },
};
