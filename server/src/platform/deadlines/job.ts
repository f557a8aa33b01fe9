import { defineJob } from '../jobs/registry.js';
import { fireDueRungs } from './escalate.js';

/** ORG-4: every minute of business time, fire the escalation rungs whose time has come. */
export const deadlineJob = defineJob({
  name: 'deadlines.escalate',
  label: { 'zh-CN': '期限提醒与逾期上报', en: 'Deadline reminders and escalation' },
  summary: {
    items: { 'zh-CN': '处理到期事项 {{value}} 条', en: '{{value}} due items handled' },
    notices: { 'zh-CN': '发出提醒 {{value}} 条', en: '{{value}} notices sent' },
  },
  intervalSeconds: 60,
  run: async (ctx) => {
    const { items, notices } = await fireDueRungs(ctx);
    return `items=${items} notices=${notices}`;
  },
});
