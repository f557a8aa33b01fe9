import { readCompanyTimeZone } from '../../platform/company-time.js';
import { localDate } from '../../platform/deadlines/calendar.js';
import { defineJob } from '../../platform/jobs/registry.js';
import { monthCodeOf, previousPeriod } from '../../platform/periods/periods.js';
import { closeMonth } from './close-month.js';

/**
 * INC-8: on working days at 08:00 (company time zone) the month before the tick's day is closed:
 * the first working day of a month opens the cases of the month just ended; later runs find them
 * opened and add only a case still missing (a target approved late, money reversed since).
 */
export const monthCloseJob = defineJob({
  name: 'performance_cases.monthClose',
  label: { 'zh-CN': '月末未达标面谈', en: 'Month close: below-target cases' },
  summary: {
    below: { 'zh-CN': '未达标 {{value}} 人', en: '{{value}} below target' },
    opened: { 'zh-CN': '新开面谈 {{value}} 个', en: '{{value}} cases opened' },
  },
  schedule: { cron: '0 8 * * *', workingDaysOnly: true },
  run: async (ctx) => {
    const tz = await readCompanyTimeZone(ctx.db, ctx.tickAt);
    const month = previousPeriod(monthCodeOf(localDate(ctx.tickAt, tz)));
    const { below, opened } = await closeMonth(ctx, month);
    return `below=${below} opened=${opened}`;
  },
});
