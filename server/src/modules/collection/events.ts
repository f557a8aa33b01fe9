import { defineNotificationEvent } from '../../platform/notifications/events.js';

/** AR-5/AR-8: an instalment of mine is overdue; a debt in my charge reached my level. */
export const collectionNotifications = [
  defineNotificationEvent({
    key: 'receivable.overdue',
    label: { 'zh-CN': '我的应收款已逾期', en: 'A receivable of mine is overdue' },
    emailByDefault: true,
  }),
  defineNotificationEvent({
    key: 'receivable.escalated',
    label: { 'zh-CN': '下属的逾期应收款上报', en: "A subordinate's overdue receivable was escalated" },
    emailByDefault: true,
  }),
  defineNotificationEvent({
    key: 'receivable.legalReview',
    label: { 'zh-CN': '逾期应收款转入法务审查', en: 'An overdue receivable went to legal review' },
    emailByDefault: true,
  }),
  /** AR-6: the month-end dunning notices went out; my reps have same-day contacts to make. */
  defineNotificationEvent({
    key: 'dunning.issued',
    label: { 'zh-CN': '月末催款通知单已发出', en: 'The month-end dunning notices were issued' },
    emailByDefault: true,
  }),
  /** AR-6: my supervisor passed the month's dunning items to me: contact the customers today. */
  defineNotificationEvent({
    key: 'dunning.dispatched',
    label: { 'zh-CN': '主管分派的催款通知', en: 'Dunning items passed to me' },
    emailByDefault: true,
  }),
  /** AR-6: items I had not passed on went to my reps automatically (ar.dunningAutoDispatchDays). */
  defineNotificationEvent({
    key: 'dunning.autoDispatched',
    label: { 'zh-CN': '催款事项已自动分派', en: 'Dunning items dispatched automatically' },
    emailByDefault: false,
  }),
];

/** Web path of a contract's receivables. */
export const receivableLink = (contractId: string) => `/receivables?contractId=${contractId}`;
