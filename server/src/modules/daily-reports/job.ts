import { inTx } from '../../platform/context.js';
import { isWorkingDay } from '../../platform/deadlines/calendar.js';
import { defineJob } from '../../platform/jobs/registry.js';
import { generateDayReports } from './generate-reports.js';
import { generateTime } from './policies.js';
import { companyToday } from './queries.js';

/** OPS-2: on working days at the policy's time, the day's sales reports of every rep and unit. */
export const dailyReportJob = defineJob({
  name: 'daily_reports.generate',
  label: { 'zh-CN': '生成当天销售日报', en: 'Today’s daily sales reports' },
  summary: { generated: { 'zh-CN': '生成日报 {{value}} 份', en: '{{value}} reports generated' } },
  schedule: { policy: generateTime, workingDaysOnly: true },
  run: async (ctx) => {
    const day = await companyToday(ctx.db, ctx.tickAt);
    if (!isWorkingDay(day)) return 'generated=0';
    const generated = await inTx(ctx, (tx) => generateDayReports(tx, ctx, { day }));
    return `generated=${generated}`;
  },
});
