import { defineJob } from '../../platform/jobs/registry.js';
import { nameChampions } from './name-champions.js';
import { championRunTime } from './policies.js';

/**
 * INC-7: on working days at the policy's time, last month's champions (and the quarter's and
 * year's it closes) still unnamed are named and announced — on the first working day of the
 * month, then nothing more.
 */
export const championsJob = defineJob({
  name: 'champions.close',
  label: { 'zh-CN': '评定并公布销售冠军', en: 'Name and announce the sales champions' },
  summary: {
    named: { 'zh-CN': '评出冠军 {{value}} 名', en: '{{value}} champions named' },
    notified: { 'zh-CN': '通知 {{value}} 人次', en: '{{value}} people told' },
  },
  schedule: { policy: championRunTime, workingDaysOnly: true },
  run: async (ctx) => {
    const { named, notified } = await nameChampions(ctx, ctx.tickAt);
    return `named=${named} notified=${notified}`;
  },
});
