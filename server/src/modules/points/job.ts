import { defineJob } from '../../platform/jobs/registry.js';
import { awardClosedMonth, monthToClose } from './target-awards.js';

/**
 * INC-4: at the month close — the first working day of each month, 07:00 company time — the
 * extra points for targets met (month; quarter and year when the month ends one) and high
 * satisfaction are awarded, once per person, rule and period however often it runs.
 */
export const monthCloseJob = defineJob({
  name: 'points.monthClose',
  label: { 'zh-CN': '月结：目标达成等额外积分', en: 'Month close: extra points for targets met' },
  summary: {
    checked: { 'zh-CN': '核对 {{value}} 人', en: '{{value}} people checked' },
    awarded: { 'zh-CN': '奖励 {{value}} 笔', en: '{{value}} awards' },
  },
  schedule: { cron: '0 7 * * *', workingDaysOnly: true },
  run: async (ctx) => {
    const month = await monthToClose(ctx, ctx.tickAt);
    if (!month) return 'checked=0 awarded=0';
    const { checked, awarded } = await awardClosedMonth(ctx, month);
    return `checked=${checked} awarded=${awarded}`;
  },
});
