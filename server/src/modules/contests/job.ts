import { defineJob } from '../../platform/jobs/registry.js';
import { closeEndedContests } from './close-contest.js';

/** INC-9: every day just after midnight (company time zone) the contests that ended are closed and announced. */
export const contestsJob = defineJob({
  name: 'contests.close',
  label: {
    'zh-CN': '结束到期的销售竞赛并公布结果',
    en: 'Close ended sales contests and announce the results',
  },
  summary: { closed: { 'zh-CN': '结束竞赛 {{value}} 项', en: '{{value}} contests closed' } },
  schedule: { cron: '15 0 * * *' },
  run: async (ctx) => {
    const { closed } = await closeEndedContests(ctx);
    return `closed=${closed}`;
  },
});
