import { companyToday } from '../../platform/deadlines/company-date.js';
import { defineJob } from '../../platform/jobs/registry.js';
import { previousPeriod } from '../../platform/periods/periods.js';
import { generateForMonth } from './generate-statements.js';
import { statementRunTime } from './policies.js';

/**
 * INC-1: on working days at the policy's time, last month's commission statements still missing
 * are generated as drafts for every person whose role has a plan in force — on the first working
 * day of the month, then only people still missing one. Each person finds theirs in 待办 to check
 * and submit; the approval flow then puts it in the supervisor's and the manager's.
 */
export const statementJob = defineJob({
  name: 'commission.statements',
  label: { 'zh-CN': '生成上月提成结算单', en: 'Last month’s commission statements' },
  summary: {
    generated: { 'zh-CN': '生成结算单 {{value}} 份', en: '{{value}} statements generated' },
  },
  schedule: { policy: statementRunTime, workingDaysOnly: true },
  run: async (ctx) => {
    const today = await companyToday(ctx.db, ctx.tickAt);
    const month = previousPeriod(today.slice(0, 7));
    const { generated } = await generateForMonth(ctx, month, { all: true, onlyMissing: true });
    return `generated=${generated}`;
  },
});
