import { defineNotificationEvent } from '../../platform/notifications/events.js';

/** CUS-3/CUS-5: the pool's warnings and returns, assignments and service by colleagues. */
export const customerNotifications = [
  defineNotificationEvent({
    key: 'customer.poolWarning',
    label: { 'zh-CN': '我的客户即将退回公海', en: 'A customer of mine returns to the pool soon' },
    emailByDefault: true,
  }),
  defineNotificationEvent({
    key: 'customer.returnedToPool',
    label: { 'zh-CN': '我的客户已退回公海', en: 'A customer of mine went back to the pool' },
    emailByDefault: false,
  }),
  defineNotificationEvent({
    key: 'customer.assigned',
    label: { 'zh-CN': '有客户分配给我', en: 'A customer was assigned to me' },
    emailByDefault: true,
  }),
  defineNotificationEvent({
    key: 'customer.serviceLogged',
    label: { 'zh-CN': '同事为我的客户登记了服务', en: 'A colleague logged service for my customer' },
    emailByDefault: false,
  }),
  defineNotificationEvent({
    key: 'customer.reassigned',
    label: { 'zh-CN': '我的客户转给了他人', en: 'A customer of mine was reassigned' },
    emailByDefault: false,
  }),
];
