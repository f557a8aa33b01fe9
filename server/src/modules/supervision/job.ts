import { defineJob } from '../../platform/jobs/registry.js';
import { openSummaryDueItems } from './due-items.js';

/**
 * OPS-7: every day shortly after midnight (company time zone) the supervisors who have not yet
 * submitted last month's summary get their due item (opened on the 1st; later runs add newcomers).
 */
export const summaryDueJob = defineJob({
  name: 'supervision.openSummaryDueItems',
  label: { 'zh-CN': '月度总结提交提醒', en: 'Monthly summaries: due items' },
  summary: { opened: { 'zh-CN': '新增待写总结 {{value}} 条', en: '{{value}} summary items opened' } },
  schedule: { cron: '15 0 * * *' },
  run: async (ctx) => {
    const { opened } = await openSummaryDueItems(ctx);
    return `opened=${opened}`;
  },
});
