import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { readPolicy } from '../../platform/policies/read.js';
import { stageProbability } from './policies.js';
import { pipelineStages, type Stage } from './stages.js';

export type StageProbabilities = Record<Stage, number>;

/**
 * CUS-8: the win probability of each stage in force now, per unit (a region may override the
 * company's values, ORG-7). One policy read per distinct unit.
 */
export async function probabilitiesByUnit(
  db: DbOrTx,
  at: Date,
  unitIds: Iterable<string>,
): Promise<Map<string, StageProbabilities>> {
  const out = new Map<string, StageProbabilities>();
  for (const unitId of new Set(unitIds)) out.set(unitId, await readPolicy(db, stageProbability, at, unitId));
  return out;
}

/** The weighted amount of one opportunity: amount × probability, rounded half up to whole fen. */
export function weightedFen(amountFen: bigint, probabilityPct: number): bigint {
  return (amountFen * BigInt(probabilityPct) + 50n) / 100n;
}

/**
 * The probabilities as a SQL row source `(unit_id, stage, pct)`, so aggregates can weigh each
 * opportunity exactly as the list does (same rounding, per row) without reading rows out.
 */
export function probabilityRowsSql(byUnit: Map<string, StageProbabilities>): SQL {
  const rows: SQL[] = [];
  for (const [unitId, probabilities] of byUnit)
    for (const stage of pipelineStages)
      rows.push(sql`(${unitId}::uuid, ${stage}::text, ${probabilities[stage]}::int)`);
  if (rows.length === 0)
    return sql`(select null::uuid as unit_id, null::text as stage, 0 as pct where false)`;
  return sql`(values ${sql.join(rows, sql`, `)})`;
}
