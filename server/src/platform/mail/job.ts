import { defineJob } from '../jobs/registry.js';
import { dispatcherFor } from './dispatcher.js';

/**
 * Sends mail queued outside a request (notices from scheduled jobs such as deadline escalation)
 * and anything a request's own send missed. Uses the mailer the app was started with.
 */
export const mailJob = defineJob({
  name: 'mail.send',
  label: { 'zh-CN': '发送邮件', en: 'Send queued mail' },
  summary: {
    sent: { 'zh-CN': '已发送 {{value}} 封', en: '{{value}} sent' },
    failed: { 'zh-CN': '发送失败 {{value}} 封', en: '{{value}} failed' },
    outbox: { 'zh-CN': '存入发件箱 {{value}} 封', en: '{{value}} kept in the outbox' },
    dispatcher: { 'zh-CN': '此数据库未配置邮件发送', en: 'No mail sending for this database' },
  },
  intervalSeconds: 60,
  run: async (ctx) => {
    const dispatcher = dispatcherFor(ctx.db);
    if (!dispatcher) return 'dispatcher=none';
    const r = await dispatcher.runOnce();
    return `sent=${r.sent} failed=${r.failed} outbox=${r.outbox}`;
  },
});
