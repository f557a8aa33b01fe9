import { defineJob } from '../jobs/registry.js';
import { dispatcherFor } from './dispatcher.js';

/**
 * Sends mail queued outside a request (notices from scheduled jobs such as deadline escalation)
 * and anything a request's own send missed. Uses the mailer the app was started with.
 */
export const mailJob = defineJob({
  name: 'mail.send',
  label: { 'zh-CN': '发送邮件', en: 'Send queued mail' },
  intervalSeconds: 60,
  run: async (ctx) => {
    const dispatcher = dispatcherFor(ctx.db);
    if (!dispatcher) return 'no mail dispatcher for this database';
    const r = await dispatcher.runOnce();
    return `sent=${r.sent} failed=${r.failed} outbox=${r.outbox}`;
  },
});
