import { defineJob } from '../jobs/registry.js';
import { expireLots, holdersWithExpiredLots } from './ledger.js';

/**
 * Every hour of business time, write off what expired lots still have (points valid one year,
 * extra points six months …): an `expiry` entry per lot, one holder per transaction. A run
 * takes up to 500 holders; the next tick takes the rest.
 */
export const ledgerExpiryJob = defineJob({
  name: 'ledger.expire',
  label: { 'zh-CN': '到期额度失效（积分等）', en: 'Expire lapsed ledger lots (points …)' },
  summary: {
    holders: { 'zh-CN': '涉及 {{value}} 个账户', en: '{{value}} holders' },
    entries: { 'zh-CN': '失效记录 {{value}} 条', en: '{{value}} entries expired' },
  },
  intervalSeconds: 60 * 60,
  run: async (ctx) => {
    const at = ctx.clock.now();
    const holders = await holdersWithExpiredLots(ctx.db, at);
    let entries = 0;
    for (const h of holders)
      entries += (await ctx.db.transaction((tx) => expireLots(tx, ctx, { ...h, at }))).length;
    return `holders=${holders.length} entries=${entries}`;
  },
});
