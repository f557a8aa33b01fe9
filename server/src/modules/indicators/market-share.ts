import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { localDaysBetween } from '../../platform/deadlines/calendar.js';
import { monthsOf, type PeriodCode, period, yearOf } from '../../platform/periods/periods.js';
import type { TargetSubject } from '../targets/index.js';
import { pctOf } from './pct.js';

/** PLAN-5: a subject's market share of a period, and the market it is measured against. */
export interface MarketShareFigure {
  /** Sales amount ÷ the period's part of the year's market, percent with one decimal; null without a market size. */
  pct: number | null;
  /** The market size of the period's year, fen (as entered per region; the company's is the sum of its regions). */
  marketSizeFen: string | null;
}

const none: MarketShareFigure = { pct: null, marketSizeFen: null };

/**
 * PLAN-5: the market size of each unit that has one, per year — a region (unit kind `region`)
 * as entered in market_sizes; the company (the root unit) as entered for it, or else the sum of
 * its regions' when every region has one. Other units and people have none. Keyed `<unit>:<year>`.
 */
async function marketSizes(db: DbOrTx, unitIds: string[], years: number[]): Promise<Map<string, bigint>> {
  const out = new Map<string, bigint>();
  if (unitIds.length === 0 || years.length === 0) return out;
  const units = await queryRows<{ id: string; parent_id: string | null; kind: string }>(
    db,
    sql`select id::text as id, parent_id::text as parent_id, kind from units`,
  );
  const regions = units.filter((u) => u.kind === 'region').map((u) => u.id);
  const roots = new Set(units.filter((u) => u.parent_id === null).map((u) => u.id));
  const rows = await queryRows<{ unit_id: string; year: number; size: string }>(
    db,
    sql`select unit_id::text as unit_id, year, size_fen::text as size from market_sizes
        where year in (${sql.join(
          years.map((y) => sql`${y}`),
          sql`, `,
        )})`,
  );
  const entered = new Map(rows.map((r) => [`${r.unit_id}:${Number(r.year)}`, BigInt(r.size)]));
  for (const id of unitIds) {
    for (const year of years) {
      const key = `${id}:${year}`;
      const own = entered.get(key);
      if (regions.includes(id) && own !== undefined) out.set(key, own);
      if (!roots.has(id)) continue;
      if (own !== undefined) {
        out.set(key, own);
        continue;
      }
      const parts = regions.map((r) => entered.get(`${r}:${year}`));
      if (regions.length > 0 && parts.every((v) => v !== undefined)) {
        out.set(
          key,
          parts.reduce((a, b) => a! + b!, 0n),
        );
      }
    }
  }
  return out;
}

/**
 * PLAN-5: market share (市场占有率) = the sales amount of the period ÷ the period's part of the
 * year's market: a year the whole, a quarter or month its months' twelfths, a week its seven
 * days of the year's days. Exact in integers until the percent is rounded. Keyed
 * `<type>:<id>:<period>`; every subject and period has an entry (null figures when no market).
 */
export async function marketShares(
  db: DbOrTx,
  q: {
    subjects: readonly TargetSubject[];
    periods: readonly PeriodCode[];
    sales: (subject: TargetSubject, code: PeriodCode) => bigint;
  },
): Promise<Map<string, MarketShareFigure>> {
  const out = new Map<string, MarketShareFigure>();
  const unitIds = q.subjects.filter((s) => s.type === 'unit').map((s) => s.id);
  const years = [...new Set(q.periods.map((p) => yearOf(period(p).from)))];
  const sizes = await marketSizes(db, unitIds, years);
  for (const s of q.subjects) {
    for (const code of q.periods) {
      const size = s.type === 'unit' ? sizes.get(`${s.id}:${yearOf(period(code).from)}`) : undefined;
      if (size === undefined) {
        out.set(`${s.type}:${s.id}:${code}`, none);
        continue;
      }
      out.set(`${s.type}:${s.id}:${code}`, {
        pct: shareOf(q.sales(s, code), size, code),
        marketSizeFen: size.toString(),
      });
    }
  }
  return out;
}

/** Sales ÷ (the year's market × the period's part of the year), percent. */
export function shareOf(sales: bigint, yearSize: bigint, code: PeriodCode): number | null {
  const p = period(code);
  if (p.kind === 'week') {
    const y = yearOf(p.from);
    const daysInYear = BigInt(localDaysBetween(`${y}-01-01`, `${y}-12-31`) + 1);
    return pctOf(sales * daysInYear, yearSize * 7n);
  }
  return pctOf(sales * 12n, yearSize * BigInt(monthsOf(code).length));
}
