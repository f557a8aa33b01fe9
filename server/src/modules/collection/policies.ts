import { z } from 'zod';
import { defineApproverChain } from '../../platform/approvals/chain-policy.js';
import { definePolicy } from '../../platform/policies/define.js';

const chapter = 'AR';
const days = z.number().int().min(1).max(3650);

/** AR-9: upper bounds (days overdue) of the aging buckets; the last bucket is open-ended. */
export const agingBuckets = definePolicy({
  id: 'ar.agingBuckets',
  schema: z.array(days).min(1).max(8),
  default: [30, 60, 90],
  unit: 'days',
  label: { 'zh-CN': '账龄区间', en: 'Aging buckets' },
  description: {
    'zh-CN': '逾期天数区间的上限，默认 0–30、31–60、61–90、90 天以上',
    en: 'Upper bounds of the overdue-days buckets; default 0–30, 31–60, 61–90, over 90',
  },
  ruleIds: ['AR-9'],
  chapter,
});

/** AR-6: the day of the month the dunning notices go out; 0 means the last day of the month. */
export const dunningDay = definePolicy({
  id: 'ar.dunningDay',
  schema: z.number().int().min(0).max(28),
  default: 0,
  unit: 'dayOfMonth',
  label: { 'zh-CN': '月末催款日', en: 'Dunning day of the month' },
  description: {
    'zh-CN': '每月发出催款通知单的日期（0 表示月末最后一天）；各销售代表当天联系客户',
    en: 'Day of the month the dunning notices go out (0 = the last day); each rep contacts the customer that day',
  },
  ruleIds: ['AR-6'],
  chapter,
});

/**
 * AR-6 (月末主管接到财务部催款通知单后要及时通知各销售代表): the supervisor passes the month's
 * dunning items to their reps. Items still waiting this many days after the run go to the reps
 * automatically (the supervisor is told); 0 = never automatically, the supervisor always does it.
 */
export const dunningAutoDispatchDays = definePolicy({
  id: 'ar.dunningAutoDispatchDays',
  schema: z.number().int().min(0).max(31),
  default: 1,
  unit: 'days',
  label: { 'zh-CN': '催款自动分派天数', en: 'Automatic dunning dispatch after' },
  description: {
    'zh-CN':
      '月末催款通知单发出后，由主管分派给各销售代表；主管超过此天数仍未分派的，系统自动分派并告知主管（0 表示不自动分派，必须由主管分派）',
    en: 'After the month-end dunning run the supervisor passes the items to the reps; items not passed on within this many days go to the reps automatically and the supervisor is told (0 = never automatically)',
  },
  ruleIds: ['AR-6'],
  chapter,
});

/** AR-8: days overdue at which the debt escalates to the manager, the director, legal review. */
export const escalationDays = definePolicy({
  id: 'ar.escalationDays',
  schema: z.object({ manager: days, director: days, legal: days }),
  default: { manager: 1, director: 30, legal: 90 },
  unit: 'days',
  label: { 'zh-CN': '逾期升级天数', en: 'Overdue escalation ladder' },
  description: {
    'zh-CN': '逾期达到相应天数时依次上报销售经理、销售总监，并进入法务审查',
    en: 'Days overdue at which a debt goes to the sales manager, the sales director, then legal review',
  },
  ruleIds: ['AR-8'],
  chapter,
});

/** AR-9: DSO divides the open receivables by the average daily sales of this many days. */
export const dsoDays = definePolicy({
  id: 'ar.dsoDays',
  schema: days,
  default: 90,
  unit: 'days',
  label: { 'zh-CN': 'DSO 计算天数', en: 'DSO period' },
  description: {
    'zh-CN': '应收账款周转天数（DSO）= 未收应收 ÷（最近此天数内签订的合同金额 ÷ 此天数）',
    en: 'Days sales outstanding = open receivables ÷ (contracts signed in the last this-many days ÷ this many days)',
  },
  ruleIds: ['AR-9'],
  chapter,
});

/** AR-8: who approves a bad-debt write-off: the nearest sales manager, then the GM. */
export const writeOffApprovers = defineApproverChain({
  id: 'ar.writeOffApprovers',
  label: { 'zh-CN': '坏账核销审批人', en: 'Write-off approvers' },
  description: {
    'zh-CN': '坏账核销依次由这些人审批（默认：上级链中最近的销售经理，然后总经理）',
    en: 'A bad-debt write-off is approved by these people in turn (default: the nearest sales manager up the chain, then the general manager)',
  },
  ruleIds: ['AR-8'],
  chapter,
  default: [
    { kind: 'nearestRole', role: 'sales_manager' },
    { kind: 'role', role: 'gm' },
  ],
});
