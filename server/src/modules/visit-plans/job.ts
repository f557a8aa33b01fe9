import { defineJob } from '../../platform/jobs/registry.js';
import { openPlanDueItems } from './due-items.js';

/**
 * VIS-1: every day shortly after midnight (company time zone), the reps who have not yet
 * submitted next month's plan get their due item (the window opens on the 1st; the daily run
 * also picks up reps who join during the month); plans submitted close theirs.
 */
export const planDueJob = defineJob({
  name: 'visitPlans.openDueItems',
  label: { 'zh-CN': '下月拜访计划表提交提醒', en: 'Next month’s visit plans: due items' },
  summary: {
    opened: { 'zh-CN': '新增待提交事项 {{value}} 条', en: '{{value}} plan items opened' },
    closed: { 'zh-CN': '已提交关闭 {{value}} 条', en: '{{value}} closed as submitted' },
  },
  schedule: { cron: '5 0 * * *' },
  run: async (ctx) => {
    const { opened, closed } = await openPlanDueItems(ctx);
    return `opened=${opened} closed=${closed}`;
  },
});
