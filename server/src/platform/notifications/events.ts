import type { Localized } from '../i18n/lang.js';

export interface NotificationEvent {
  /** The event key notify() is called with. */
  key: string;
  label: Localized;
  /** Whether the event also comes by email for someone who never chose. */
  emailByDefault: boolean;
}

/**
 * Events users can choose to receive by email as well as in the app. Approvals waiting or
 * decided and anything overdue mail by default; routine updates stay in the app.
 */
export const notificationEvents: NotificationEvent[] = [
  {
    key: 'approval.pending',
    label: { 'zh-CN': '有待我审批的事项', en: 'An approval awaits me' },
    emailByDefault: true,
  },
  {
    key: 'approval.approved',
    label: { 'zh-CN': '我的申请已通过', en: 'My submission was approved' },
    emailByDefault: true,
  },
  {
    key: 'approval.rejected',
    label: { 'zh-CN': '我的申请被驳回', en: 'My submission was rejected' },
    emailByDefault: true,
  },
  {
    key: 'approval.withdrawn',
    label: { 'zh-CN': '待我审批的申请被撤回', en: 'A submission waiting for me was withdrawn' },
    emailByDefault: false,
  },
  {
    key: 'deadline.reminder',
    label: { 'zh-CN': '事项即将到期', en: 'An item is due soon' },
    emailByDefault: false,
  },
  {
    key: 'deadline.overdue',
    label: { 'zh-CN': '事项已逾期', en: 'An item is overdue' },
    emailByDefault: true,
  },
  {
    key: 'deadline.escalated',
    label: { 'zh-CN': '下属事项逾期上报', en: "A subordinate's item is overdue" },
    emailByDefault: true,
  },
  {
    key: 'task.assigned',
    label: { 'zh-CN': '收到新指令', en: 'A task was assigned to me' },
    emailByDefault: true,
  },
  {
    key: 'task.done',
    label: { 'zh-CN': '我下达的指令已完成', en: 'A task I assigned is done' },
    emailByDefault: false,
  },
  {
    key: 'task.evaluated',
    label: { 'zh-CN': '我的指令已评价', en: 'My task was evaluated' },
    emailByDefault: false,
  },
  {
    key: 'appeal.new',
    label: { 'zh-CN': '收到申诉', en: 'An appeal was addressed to me' },
    emailByDefault: true,
  },
  {
    key: 'appeal.answered',
    label: { 'zh-CN': '我的申诉已答复', en: 'My appeal was answered' },
    emailByDefault: true,
  },
  {
    key: 'customer.poolWarning',
    label: { 'zh-CN': '我的客户即将退回公海', en: 'A customer of mine returns to the pool soon' },
    emailByDefault: true,
  },
  {
    key: 'customer.returnedToPool',
    label: { 'zh-CN': '我的客户已退回公海', en: 'A customer of mine went back to the pool' },
    emailByDefault: false,
  },
  {
    key: 'customer.assigned',
    label: { 'zh-CN': '有客户分配给我', en: 'A customer was assigned to me' },
    emailByDefault: true,
  },
  {
    key: 'customer.serviceLogged',
    label: { 'zh-CN': '同事为我的客户登记了服务', en: 'A colleague logged service for my customer' },
    emailByDefault: false,
  },
  {
    key: 'customer.reassigned',
    label: { 'zh-CN': '我的客户转给了他人', en: 'A customer of mine was reassigned' },
    emailByDefault: false,
  },
];

const byKey = new Map(notificationEvents.map((e) => [e.key, e]));

export function notificationEvent(key: string): NotificationEvent | undefined {
  return byKey.get(key);
}

/** Other engines and modules add their events once, at import time. */
export function defineNotificationEvent(event: NotificationEvent): void {
  if (byKey.has(event.key)) throw new Error(`notification event ${event.key} defined twice`);
  notificationEvents.push(event);
  byKey.set(event.key, event);
}
