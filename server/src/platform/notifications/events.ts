import type { Localized } from '../i18n/lang.js';

export interface NotificationEvent {
  /** The event key notify() is called with. */
  key: string;
  label: Localized;
  /** Whether the event also comes by email for someone who never chose. */
  emailByDefault: boolean;
}

/**
 * Events users can choose to receive by email as well as in the app; each module declares its
 * own in its manifest. Approvals waiting or decided and anything overdue mail by default;
 * routine updates stay in the app.
 */
export function defineNotificationEvent(event: NotificationEvent): NotificationEvent {
  if (!/^[a-z_]+\.[a-zA-Z]+$/.test(event.key))
    throw new Error(`notification event ${event.key}: not area.name`);
  return event;
}

/** The approval engine's and the deadline engine's events (the platform manifest lists them). */
export const platformNotificationEvents = [
  defineNotificationEvent({
    key: 'approval.pending',
    label: { 'zh-CN': '有待我审批的事项', en: 'An approval awaits me' },
    emailByDefault: true,
  }),
  defineNotificationEvent({
    key: 'approval.approved',
    label: { 'zh-CN': '我的申请已通过', en: 'My submission was approved' },
    emailByDefault: true,
  }),
  defineNotificationEvent({
    key: 'approval.rejected',
    label: { 'zh-CN': '我的申请被驳回', en: 'My submission was rejected' },
    emailByDefault: true,
  }),
  defineNotificationEvent({
    key: 'approval.withdrawn',
    label: { 'zh-CN': '待我审批的申请被撤回', en: 'A submission waiting for me was withdrawn' },
    emailByDefault: false,
  }),
  defineNotificationEvent({
    key: 'deadline.reminder',
    label: { 'zh-CN': '事项即将到期', en: 'An item is due soon' },
    emailByDefault: false,
  }),
  defineNotificationEvent({
    key: 'deadline.overdue',
    label: { 'zh-CN': '事项已逾期', en: 'An item is overdue' },
    emailByDefault: true,
  }),
  defineNotificationEvent({
    key: 'deadline.escalated',
    label: { 'zh-CN': '下属事项逾期上报', en: "A subordinate's item is overdue" },
    emailByDefault: true,
  }),
];

/** Every registered event, in the order of the module list (the preferences page shows them so). */
export const notificationEvents: NotificationEvent[] = [];
const byKey = new Map<string, NotificationEvent>();

export function notificationEvent(key: string): NotificationEvent | undefined {
  return byKey.get(key);
}

/** Called by the module kernel for each manifest's notification events. */
export function registerNotificationEvent(event: NotificationEvent): void {
  if (byKey.has(event.key)) throw new Error(`notification event ${event.key} defined twice`);
  notificationEvents.push(event);
  byKey.set(event.key, event);
}
