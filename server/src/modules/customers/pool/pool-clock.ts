import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { readPolicies } from '../../../platform/policies/read.js';
import { poolDaysByLevel, poolWarningDays } from '../policies.js';

export const DAY_MS = 86_400_000;

export interface PoolRules {
  /** customer.poolDaysByLevel in force for the unit. */
  daysByLevel: Record<string, number>;
  /** customer.poolWarningDays in force for the unit. */
  warningDays: number;
}

/** The pool rules in force for a unit (a region may override them, ORG-7). */
export async function poolRulesFor(db: DbOrTx, at: Date, unitId: string | null): Promise<PoolRules> {
  const values = await readPolicies(db, [poolDaysByLevel, poolWarningDays], at, unitId);
  return {
    daysByLevel: values.get(poolDaysByLevel.id) as Record<string, number>,
    warningDays: values.get(poolWarningDays.id) as number,
  };
}

/** Days without follow-up before a customer of this level returns; a level not listed uses the smallest value. */
export function poolDaysFor(level: string, byLevel: Record<string, number>): number {
  return byLevel[level] ?? Math.min(...Object.values(byLevel));
}

/** The same as SQL over `customers.level` (for set-based sweeps). */
export function poolDaysSql(level: SQL, byLevel: Record<string, number>): SQL {
  const fallback = Math.min(...Object.values(byLevel));
  const whens = Object.entries(byLevel).map(([lv, days]) => sql`when ${lv} then ${days}::int`);
  return whens.length === 0
    ? sql`${fallback}::int`
    : sql`(case ${level} ${sql.join(whens, sql` `)} else ${fallback}::int end)`;
}

/** The clock starts at the later of the last follow-up and the start of the current ownership. */
export function poolClockStart(c: {
  lastFollowUpAt: Date | null;
  ownedSince: Date | null;
  createdAt: Date;
}): Date {
  const times = [c.lastFollowUpAt, c.ownedSince].filter((d): d is Date => d !== null).map((d) => d.getTime());
  return times.length ? new Date(Math.max(...times)) : c.createdAt;
}

/**
 * The same as SQL over a `customers` row alias: the stored column `pool_clock_at`, generated from
 * exactly this rule (migration 0028; indexed with the owner and the level).
 */
export function poolClockStartSql(alias: string): SQL {
  return sql`${sql.raw(alias)}.pool_clock_at`;
}

/**
 * CUS-8: the customers (alias) whose pool warning is due at `now` — return time less the warning
 * days at or before now — written per level on the stored clock, so that the index on
 * (owner, level, pool clock) answers it without reading the rows.
 */
export function poolWarningDueSql(alias: string, rules: PoolRules, now: Date): SQL {
  const a = sql.raw(alias);
  const cutoff = (days: number) =>
    sql`${new Date(now.getTime() - (days - rules.warningDays) * DAY_MS).toISOString()}::timestamptz`;
  const levels = Object.entries(rules.daysByLevel);
  const fallback = Math.min(...Object.values(rules.daysByLevel));
  const arms = levels.map(
    ([lv, days]) => sql`(${a}.level = ${lv} and ${a}.pool_clock_at <= ${cutoff(days)})`,
  );
  arms.push(
    levels.length
      ? sql`(${a}.level not in (${sql.join(
          levels.map(([lv]) => sql`${lv}`),
          sql`, `,
        )}) and ${a}.pool_clock_at <= ${cutoff(fallback)})`
      : sql`${a}.pool_clock_at <= ${cutoff(fallback)}`,
  );
  return sql`(${sql.join(arms, sql` or `)})`;
}

export interface PoolClock {
  lastActivityAt: Date;
  poolDays: number;
  returnAt: Date;
  warnAt: Date;
}

export function poolClock(
  c: { level: string; lastFollowUpAt: Date | null; ownedSince: Date | null; createdAt: Date },
  rules: PoolRules,
): PoolClock {
  const lastActivityAt = poolClockStart(c);
  const poolDays = poolDaysFor(c.level, rules.daysByLevel);
  const returnAt = new Date(lastActivityAt.getTime() + poolDays * DAY_MS);
  const warnAt = new Date(returnAt.getTime() - rules.warningDays * DAY_MS);
  return { lastActivityAt, poolDays, returnAt, warnAt };
}
