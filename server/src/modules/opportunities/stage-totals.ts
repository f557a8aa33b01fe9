import { count, eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { customers } from '../customers/index.js';
import { probabilitiesByUnit, probabilityRowsSql } from './probability.js';
import type { Stage } from './stages.js';
import { opportunities } from './tables.js';

export interface StageTotal {
  count: number;
  amountFen: bigint;
  weightedFen: bigint;
}

/**
 * Count, amount and weighted amount per stage of the opportunities matching `where` (which may
 * refer to `customers`). Each opportunity is weighted with its own unit's probabilities and
 * rounded like a single item, so the sums equal the sums of the cards.
 */
export async function stageTotals(db: DbOrTx, where: SQL, at: Date): Promise<Map<Stage, StageTotal>> {
  const unitRows = await db
    .selectDistinct({ unitId: opportunities.unitId })
    .from(opportunities)
    .innerJoin(customers, eq(customers.id, opportunities.customerId))
    .where(where);
  const byUnit = await probabilitiesByUnit(
    db,
    at,
    unitRows.map((r) => r.unitId),
  );
  const rows = await db
    .select({
      stage: opportunities.stage,
      n: count(),
      amount: sql<string>`coalesce(sum(${opportunities.amountFen}), 0)::text`,
      weighted: sql<string>`coalesce(sum((${opportunities.amountFen} * p.pct + 50) / 100), 0)::text`,
    })
    .from(opportunities)
    .innerJoin(customers, eq(customers.id, opportunities.customerId))
    .innerJoin(
      sql`${probabilityRowsSql(byUnit)} as p(unit_id, stage, pct)`,
      sql`p.unit_id = ${opportunities.unitId} and p.stage = ${opportunities.stage}`,
    )
    .where(where)
    .groupBy(opportunities.stage);
  return new Map(
    rows.map((r) => [
      r.stage,
      { count: Number(r.n), amountFen: BigInt(r.amount), weightedFen: BigInt(r.weighted) },
    ]),
  );
}

export const noTotal: StageTotal = { count: 0, amountFen: 0n, weightedFen: 0n };
