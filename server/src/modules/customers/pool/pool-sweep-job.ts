import { defineJob } from '../../../platform/jobs/registry.js';
import { sweepPool } from './pool-sweep.js';

/** Every hour of business time: pool warnings to owners, and overdue customers back to the pool. */
export const poolSweepJob = defineJob({
  name: 'customers.poolSweep',
  label: { 'zh-CN': '公海：到期预警与自动退回', en: 'Public pool: warnings and automatic returns' },
  summary: {
    warned: { 'zh-CN': '预警客户 {{value}} 个', en: '{{value}} customers warned' },
    returned: { 'zh-CN': '退回公海 {{value}} 个', en: '{{value}} returned to the pool' },
  },
  intervalSeconds: 3600,
  run: async (ctx) => {
    const { warned, returned } = await sweepPool(ctx);
    return `warned=${warned} returned=${returned}`;
  },
});
