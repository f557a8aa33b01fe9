import { z } from 'zod';
import { defineApproverChain } from '../../platform/approvals/chain-policy.js';
import { zCron } from '../../platform/jobs/schedule.js';
import { definePolicy } from '../../platform/policies/define.js';

const chapter = 'INC';

/**
 * INC-7 (销售冠军): what decides the champion — the highest sales amount (`sales_amount`: the
 * indicators' sales metric, plan.salesBasis: signed contracts or confirmed collections) or the
 * highest completion of the target in force (`completion`).
 */
export const championMetric = definePolicy({
  id: 'champions.metric',
  schema: z.enum(['sales_amount', 'completion']),
  default: 'sales_amount',
  unit: 'choice',
  label: { 'zh-CN': '销售冠军评定指标', en: 'What makes the sales champion' },
  description: {
    'zh-CN':
      '按销售额最高（sales_amount，销售额口径见“销售额口径”）还是目标完成率最高（completion）评定月度、季度、年度销售冠军；并列时依次比较完成率、已确认回款、新增客户，再按工号',
    en: 'The monthly, quarterly and annual sales champion is who has the highest sales amount (sales_amount, on the sales amount basis) or the highest completion of their target (completion); ties go to the higher completion, then confirmed collections, then new customers, then the username',
  },
  ruleIds: ['INC-7'],
  chapter,
});

/**
 * INC-7: when, on a working day, the champions of the month just closed (and of the quarter and
 * year it closes) are named — the first working day of a month names last month's; later runs
 * find them named and do nothing.
 */
export const championRunTime = definePolicy({
  id: 'champions.runTime',
  schema: zCron,
  default: '0 8 * * *',
  unit: 'text',
  label: { 'zh-CN': '销售冠军评定时间', en: 'Sales champions run time' },
  description: {
    'zh-CN':
      '每个工作日检查并评定上月（及其所在季度、年度结束时的季度、年度）销售冠军的时间（公司时区，cron 表达式；默认 08:00，只在工作日运行，因此每月第一个工作日评定）',
    en: 'When, on each working day, last month’s champions (and the quarter’s and year’s when the month closes one) are named if not yet (company time zone; cron expression; default 08:00, working days only, so on the first working day of the month)',
  },
  ruleIds: ['INC-7'],
  chapter,
  systemOnly: true,
});

/** INC-7: who approves a champion's reward (bonus, prize or promotion recommendation) — the GM by default. */
export const rewardApprovers = defineApproverChain({
  id: 'champions.rewardApprovers',
  label: { 'zh-CN': '冠军奖励审批人', en: 'Champion reward approvers' },
  description: {
    'zh-CN': '销售冠军的奖金、奖品或晋升推荐依次由这些人审批（默认：总经理）',
    en: 'A sales champion’s bonus, prize or promotion recommendation is approved by these people in turn (default: the general manager)',
  },
  ruleIds: ['INC-7'],
  chapter,
  default: [{ kind: 'role', role: 'gm' }],
});
