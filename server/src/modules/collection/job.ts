import { defineJob } from '../../platform/jobs/registry.js';
import { escalateOverdue } from './escalate-overdue.js';

const DAY_SECONDS = 24 * 60 * 60;

/** AR-5/AR-8: once a day, overdue debts climb the escalation ladder (rep, manager, director, legal). */
export const collectionJob = defineJob({
  name: 'collection.daily',
  label: { 'zh-CN': '逾期应收款提醒与升级', en: 'Overdue receivables: notices and escalation' },
  intervalSeconds: DAY_SECONDS,
  run: async (ctx) => {
    const c = await escalateOverdue(ctx);
    return `overdue=${c.overdue} manager=${c.manager} director=${c.director} legal=${c.legal}`;
  },
});
