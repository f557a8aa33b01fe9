import { defineNotificationEvent } from '../../platform/notifications/events.js';

/** PEN-2: the person is told of a violation recorded on them. */
export const violationRecordedEvent = defineNotificationEvent({
  key: 'violation.recorded',
  label: { 'zh-CN': '登记了我的违规', en: 'A violation was recorded on me' },
  emailByDefault: true,
});

/** ORG-3: the one appealed to is told of the appeal. */
export const violationAppealedEvent = defineNotificationEvent({
  key: 'violation.appealed',
  label: { 'zh-CN': '收到违规申诉', en: 'A violation was appealed to me' },
  emailByDefault: true,
});

/** ORG-3/PEN-2: the person is told of the decision on the appeal, or of a cancellation. */
export const violationDecidedEvent = defineNotificationEvent({
  key: 'violation.decided',
  label: { 'zh-CN': '违规申诉已处理', en: 'A violation appeal was decided' },
  emailByDefault: true,
});

/** CUS-5: the superior is told a refusal reached the dismissal count (dismissal for decision). */
export const dismissalFlaggedEvent = defineNotificationEvent({
  key: 'violation.dismissalFlagged',
  label: {
    'zh-CN': '推诿客户达到辞退次数，待决定',
    en: 'Refusals reached the dismissal count: decision due',
  },
  emailByDefault: true,
});

/** PEN-4: the person (and HR) are told of an approved sanction. */
export const sanctionApprovedEvent = defineNotificationEvent({
  key: 'sanction.approved',
  label: { 'zh-CN': '处分已批准', en: 'A sanction was approved' },
  emailByDefault: true,
});

export const violationLink = (id: string) => `/discipline?id=${id}`;
export const myViolationsLink = '/my-violations';
export const sanctionLink = (id: string) => `/sanctions?id=${id}`;
