import { defineNotificationEvent } from '../../platform/notifications/events.js';

/** RISK-1: a risk was given to you (recorded with you as owner, or raised by the system). */
export const riskAssignedEvent = defineNotificationEvent({
  key: 'risk.assigned',
  label: { 'zh-CN': '成为风险责任人', en: 'A risk is given to you' },
  emailByDefault: false,
});

/** RISK-1: a customer-credit risk the system watches was closed because its signal cleared. */
export const riskResolvedEvent = defineNotificationEvent({
  key: 'risk.resolved',
  label: { 'zh-CN': '信用风险自动解除', en: 'A credit risk cleared' },
  emailByDefault: false,
});
