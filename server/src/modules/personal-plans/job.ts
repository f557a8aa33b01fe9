import { defineJob } from '../../platform/jobs/registry.js';
import { openPlanDueItems } from './due-items.js';

/**
 * PLAN-4: every day shortly after midnight (company time zone), the reps who have not yet
 * submitted next month's sales plan — and, in January, this year's — get their due item (the
 * daily run also picks up reps who join meanwhile); plans submitted close theirs.
 */
export const personalPlanDueJob = defineJob({
  name: 'personalPlans.openDueItems',
  label: { 'zh-CN': '个人销售计划提交提醒', en: 'Personal sales plans: due items' },
  summary: {
    opened: { 'zh-CN': '新增待提交事项 {{value}} 条', en: '{{value}} plan items opened' },
    closed: { 'zh-CN': '已提交关闭 {{value}} 条', en: '{{value}} closed as submitted' },
  },
  schedule: { cron: '10 0 * * *' },
  run: async (ctx) => {
    const { opened, closed } = await openPlanDueItems(ctx);
    return `opened=${opened} closed=${closed}`;
  },
});
