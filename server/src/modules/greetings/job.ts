import { defineJob } from '../../platform/jobs/registry.js';
import { runGreetings } from './open-greetings.js';

const DAY_SECONDS = 24 * 60 * 60;

/** CUS-7: once a day, greeting to-dos for birthdays and festivals coming up. */
export const greetingJob = defineJob({
  name: 'customers.greetings',
  label: { 'zh-CN': '节日与生日问候提醒', en: 'Festival and birthday greetings' },
  summary: {
    birthdays: { 'zh-CN': '生日提醒 {{value}} 条', en: '{{value}} birthday reminders' },
    festivals: { 'zh-CN': '节日提醒 {{value}} 条', en: '{{value}} festival reminders' },
    closed: { 'zh-CN': '关闭过期提醒 {{value}} 条', en: '{{value}} past reminders closed' },
  },
  intervalSeconds: DAY_SECONDS,
  run: async (ctx) => {
    const { birthdays, festivals, closed } = await runGreetings(ctx);
    return `birthdays=${birthdays} festivals=${festivals} closed=${closed}`;
  },
});
