import type { Localized } from '../../platform/i18n/lang.js';
import type { TicketPriority, TicketStatus, TicketType } from './tables.js';

/** SVC-1: ticket types in words (notices, timeline, exports). */
export const typeWords: Record<TicketType, Localized> = {
  question: { 'zh-CN': '咨询', en: 'Question' },
  installation: { 'zh-CN': '安装', en: 'Installation' },
  repair: { 'zh-CN': '维修', en: 'Repair' },
  return: { 'zh-CN': '退换货', en: 'Return/exchange' },
  complaint: { 'zh-CN': '投诉', en: 'Complaint' },
};

export const priorityWords: Record<TicketPriority, Localized> = {
  low: { 'zh-CN': '低', en: 'Low' },
  normal: { 'zh-CN': '普通', en: 'Normal' },
  high: { 'zh-CN': '高', en: 'High' },
  urgent: { 'zh-CN': '紧急', en: 'Urgent' },
};

export const statusWords: Record<TicketStatus, Localized> = {
  new: { 'zh-CN': '新建', en: 'New' },
  in_progress: { 'zh-CN': '处理中', en: 'In progress' },
  waiting: { 'zh-CN': '等待客户', en: 'Waiting for customer' },
  resolved: { 'zh-CN': '已解决', en: 'Resolved' },
  closed: { 'zh-CN': '已关闭', en: 'Closed' },
};
