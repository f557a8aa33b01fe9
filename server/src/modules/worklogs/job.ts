import { defineJob } from '../../platform/jobs/registry.js';
import { openTodaysLogItems } from './due-items.js';

/**
 * OPS-1: every working day shortly after midnight (company time zone) each rep gets the day's
 * "write your work log" item, due at worklog.dueTime (on the day back from a trip).
 */
export const worklogDueJob = defineJob({
  name: 'worklogs.openDueItems',
  label: { 'zh-CN': '工作日志每日待办', en: 'Work logs: the day’s due items' },
  summary: { opened: { 'zh-CN': '新增待写日志 {{value}} 条', en: '{{value}} work log items opened' } },
  schedule: { cron: '5 0 * * *', workingDaysOnly: true },
  run: async (ctx) => {
    const { opened } = await openTodaysLogItems(ctx);
    return `opened=${opened}`;
  },
});
