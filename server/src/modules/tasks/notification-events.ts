import { defineNotificationEvent } from '../../platform/notifications/events.js';

/** ORG-3/ORG-4: tasks assigned, done and evaluated; appeals filed and answered. */
export const taskNotifications = [
  defineNotificationEvent({
    key: 'task.assigned',
    label: { 'zh-CN': '收到新指令', en: 'A task was assigned to me' },
    emailByDefault: true,
  }),
  defineNotificationEvent({
    key: 'task.done',
    label: { 'zh-CN': '我下达的指令已完成', en: 'A task I assigned is done' },
    emailByDefault: false,
  }),
  defineNotificationEvent({
    key: 'task.evaluated',
    label: { 'zh-CN': '我的指令已评价', en: 'My task was evaluated' },
    emailByDefault: false,
  }),
  defineNotificationEvent({
    key: 'appeal.new',
    label: { 'zh-CN': '收到申诉', en: 'An appeal was addressed to me' },
    emailByDefault: true,
  }),
  defineNotificationEvent({
    key: 'appeal.answered',
    label: { 'zh-CN': '我的申诉已答复', en: 'My appeal was answered' },
    emailByDefault: true,
  }),
];
