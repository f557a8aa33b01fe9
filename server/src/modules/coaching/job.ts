import { defineJob } from '../../platform/jobs/registry.js';
import { openCoachingForBehind } from './find-behind.js';

/**
 * PLAN-6: every working day at 08:30 (company time zone) the month's completion is checked
 * against the pace; superiors get a coaching to-do for each of their people newly behind.
 */
export const coachingJob = defineJob({
  name: 'coaching.findBehind',
  label: { 'zh-CN': '落后人员辅导提醒', en: 'People behind target: coaching to-dos' },
  summary: {
    behind: { 'zh-CN': '落后 {{value}} 人', en: '{{value}} behind' },
    opened: { 'zh-CN': '新增辅导待办 {{value}} 条', en: '{{value}} coaching to-dos opened' },
  },
  schedule: { cron: '30 8 * * *', workingDaysOnly: true },
  run: async (ctx) => {
    const { behind, opened } = await openCoachingForBehind(ctx);
    return `behind=${behind} opened=${opened}`;
  },
});
