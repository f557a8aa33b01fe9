import { and, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type DbOrTx, queryRows } from '../../db/client.js';
import type { Actor } from '../../platform/context.js';
import { inUnit } from '../../platform/org/tree.js';
import type { TOpportunityFunnel, ZOpportunityFunnelQuery } from './schemas.js';
import { opportunityReadScope } from './scope.js';
import { noTotal, stageTotals } from './stage-totals.js';
import { funnelStages, openStages } from './stages.js';
import { opportunities } from './tables.js';

/** Percent with one decimal, or null when nothing came before. */
function conversion(reached: number, previous: number): number | null {
  return previous > 0 ? Math.round((reached * 1000) / previous) / 10 : null;
}

/** How many opportunities reached at least each funnel stage, by their stage history. */
async function reachedCounts(db: DbOrTx, where: SQL): Promise<number[]> {
  const rank = sql.join(
    funnelStages.map((s, i) => sql`when ${s} then ${i}`),
    sql` `,
  );
  const rows = await queryRows<{ rank: number; n: number | string }>(
    db,
    sql`select x.rank, count(*) as n from (
          select h.opportunity_id, max(case h.to_stage ${rank} else -1 end) as rank
          from opportunity_stage_history h
          join ${opportunities} on ${opportunities.id} = h.opportunity_id
          where ${where}
          group by h.opportunity_id
        ) x group by x.rank`,
  );
  return funnelStages.map((_, i) =>
    rows.filter((r) => Number(r.rank) >= i).reduce((n, r) => n + Number(r.n), 0),
  );
}

/**
 * CUS-8: the sales funnel — for each stage lead → … → won, how many opportunities reached at
 * least that stage and the conversion from the stage before, plus what sits at each stage now
 * (count, amount, weighted amount). Lost ones are counted beside the funnel.
 */
export async function opportunityFunnel(
  db: DbOrTx,
  actor: Actor,
  q: z.output<typeof ZOpportunityFunnelQuery>,
  at: Date,
): Promise<TOpportunityFunnel> {
  const where = and(
    opportunityReadScope(actor),
    q.ownerId ? eq(opportunities.ownerId, q.ownerId) : undefined,
    q.unitId ? inUnit(opportunities.unitId, q.unitId, true) : undefined,
    q.createdFrom ? gte(opportunities.createdAt, new Date(q.createdFrom)) : undefined,
    q.createdTo ? lte(opportunities.createdAt, new Date(q.createdTo)) : undefined,
  )!;
  const totals = await stageTotals(db, where, at);
  const reached = await reachedCounts(db, where);
  const stages = funnelStages.map((stage, i) => {
    const total = totals.get(stage) ?? noTotal;
    return {
      stage,
      reached: reached[i]!,
      conversionPct: i === 0 ? null : conversion(reached[i]!, reached[i - 1]!),
      count: total.count,
      amountFen: total.amountFen.toString(),
      weightedFen: total.weightedFen.toString(),
    };
  });
  const lost = totals.get('lost') ?? noTotal;
  const open = openStages.map((s) => totals.get(s) ?? noTotal);
  return {
    stages,
    lost: { count: lost.count, amountFen: lost.amountFen.toString() },
    total: [...totals.values()].reduce((n, t) => n + t.count, 0),
    openAmountFen: open.reduce((n, t) => n + t.amountFen, 0n).toString(),
    openWeightedFen: open.reduce((n, t) => n + t.weightedFen, 0n).toString(),
  };
}
