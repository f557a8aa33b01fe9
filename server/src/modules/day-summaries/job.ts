import { defineJob } from '../../platform/jobs/registry.js';
import { assembleDaySummaries } from './assemble-summaries.js';

/**
 * OPS-3: every five minutes of business time, the day's summaries whose time
 * (daySummary.assembleTime) has come are assembled; each unit's once a day.
 */
export const assembleJob = defineJob({
  name: 'day_summaries.assemble',
  label: { 'zh-CN': '生成日终汇总', en: 'Assemble end-of-day summaries' },
  summary: { assembled: { 'zh-CN': '生成 {{value}} 份', en: '{{value}} assembled' } },
  intervalSeconds: 300,
  run: async (ctx) => {
    const { assembled } = await assembleDaySummaries(ctx);
    return `assembled=${assembled}`;
  },
});
