import { defineNotificationEvent } from '../../platform/notifications/events.js';

/** INC-7: a champion of my unit or of the company was named. */
export const championEvent = defineNotificationEvent({
  key: 'champion.announced',
  label: { 'zh-CN': '销售冠军公布', en: 'A sales champion is announced' },
  emailByDefault: false,
});

/** Web path of a champion. */
export const championLink = (id: string) => `/champions?id=${id}`;
