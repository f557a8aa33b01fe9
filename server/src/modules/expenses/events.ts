import { defineNotificationEvent } from '../../platform/notifications/events.js';

/** EXP-1/EXP-3: what the expenses module tells people (besides the approval engine's own notices). */
export const expenseNotifications = [
  defineNotificationEvent({
    key: 'expense.claimReviewed',
    label: { 'zh-CN': '我的报销单通过了部门审核', en: 'My claim passed department review' },
    emailByDefault: false,
  }),
  defineNotificationEvent({
    key: 'expense.lineRejected',
    label: { 'zh-CN': '我的报销明细被驳回', en: 'A line of my claim was rejected' },
    emailByDefault: true,
  }),
  defineNotificationEvent({
    key: 'expense.claimPaid',
    label: { 'zh-CN': '我的报销单已付款', en: 'My claim was paid' },
    emailByDefault: false,
  }),
  defineNotificationEvent({
    key: 'expense.ratioOver',
    label: { 'zh-CN': '费用率超过上限', en: 'Expense ratio above the ceiling' },
    emailByDefault: true,
  }),
];
