import { defineJob } from '../../platform/jobs/registry.js';
import { zCron } from '../../platform/jobs/schedule.js';
import { definePolicy } from '../../platform/policies/define.js';
import { autoDispatchDunning } from './dispatch-dunning.js';
import { sweepOverdueInstalments } from './overdue-items.js';

/**
 * AR-5/AR-8: when the daily collection run happens, in the company time zone. By default at
 * 01:00: the company's calendar day has just begun, so days overdue count the new day, and
 * the notices and escalations are waiting when people start work and before the 09:50
 * morning meeting (OPS-6), while nobody is working in the system.
 */
export const collectionRunTime = definePolicy({
  id: 'ar.collectionRunTime',
  schema: zCron,
  default: '0 1 * * *',
  unit: 'text',
  label: { 'zh-CN': '逾期催收任务运行时间', en: 'Daily collection run time' },
  description: {
    'zh-CN':
      '每天检查逾期应收款、发送提醒并逐级上报的时间（公司时区，cron 表达式：分 时 日 月 周；默认每天 01:00）',
    en: 'When overdue receivables are checked, notices sent and escalated (company time zone; cron expression: minute hour day month weekday; default 01:00 every day)',
  },
  ruleIds: ['AR-5', 'AR-8'],
  chapter: 'AR',
  systemOnly: true,
});

/**
 * AR-5/AR-8: once a day, overdue debts become due items (and settled ones close); the deadline
 * job fires their escalation ladder (rep, manager, director, legal). AR-6: dunning items left
 * waiting with a supervisor past the policy go to the reps.
 */
export const collectionJob = defineJob({
  name: 'collection.daily',
  label: { 'zh-CN': '逾期应收款提醒与升级', en: 'Overdue receivables: notices and escalation' },
  summary: {
    opened: { 'zh-CN': '新增逾期事项 {{value}} 条', en: '{{value}} overdue items opened' },
    reopened: { 'zh-CN': '重新开启 {{value}} 条', en: '{{value}} reopened' },
    closed: { 'zh-CN': '关闭 {{value}} 条', en: '{{value}} closed' },
  },
  schedule: { policy: collectionRunTime },
  run: async (ctx) => {
    const c = await sweepOverdueInstalments(ctx);
    // AR-6: month-end items a supervisor left waiting past ar.dunningAutoDispatchDays.
    const dispatched = await autoDispatchDunning(ctx);
    return `opened=${c.opened} reopened=${c.reopened} closed=${c.closed} dispatched=${dispatched}`;
  },
});
