import { defineNotificationEvent } from '../../platform/notifications/events.js';

/** INC-9: a contest I took part in closed and its results were announced. */
export const contestResultEvent = defineNotificationEvent({
  key: 'contest.results',
  label: { 'zh-CN': '销售竞赛结果公布', en: 'Sales contest results announced' },
  emailByDefault: false,
});

/** Web path of a contest. */
export const contestLink = (id: string) => `/contests/${id}`;
