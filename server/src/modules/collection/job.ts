import { defineJob } from '../../platform/jobs/registry.js';
import { sweepOverdueInstalments } from './overdue-items.js';

const DAY_SECONDS = 24 * 60 * 60;

/**
 * AR-5/AR-8: once a day, overdue debts become due items (and settled ones close); the deadline
 * job fires their escalation ladder (rep, manager, director, legal).
 */
export const collectionJob = defineJob({
  name: 'collection.daily',
  label: { 'zh-CN': '逾期应收款提醒与升级', en: 'Overdue receivables: notices and escalation' },
  intervalSeconds: DAY_SECONDS,
  run: async (ctx) => {
    const c = await sweepOverdueInstalments(ctx);
    return `opened=${c.opened} reopened=${c.reopened} closed=${c.closed}`;
  },
});
