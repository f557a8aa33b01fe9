import { defineJob } from '../../platform/jobs/registry.js';
import { generateMonthlyReports } from './monthly.js';
import { monthlyRunTime } from './policies.js';

/**
 * OPS-4: on working days (company calendar) at the policy's time, last month's statistics
 * reports still missing are generated and their recipients told — on the first working day of
 * the month, then nothing more (a holiday on the 1st moves it to the next working day).
 */
export const monthlyReportJob = defineJob({
  name: 'stat_reports.monthly',
  label: { 'zh-CN': '生成上月统计报表', en: 'Last month’s statistics reports' },
  summary: {
    generated: { 'zh-CN': '生成报表 {{value}} 份', en: '{{value}} reports generated' },
    notified: { 'zh-CN': '通知 {{value}} 人次', en: '{{value}} people told' },
  },
  schedule: { policy: monthlyRunTime, workingDaysOnly: true },
  run: async (ctx) => {
    const { generated, notified } = await generateMonthlyReports(ctx, ctx.tickAt);
    return `generated=${generated} notified=${notified}`;
  },
});
