import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { unitSubtreeIdsSql } from '../../platform/org/tree.js';
import { openStages, probabilitiesByUnit, probabilityRowsSql } from '../opportunities/index.js';
import type { WorkbenchDay } from './day.js';

/**
 * OPS-5: the money and pipeline figures of a 工作台 as rows per person and booking unit, from
 * one statement over the records in the reader's scope of each list behind them (receivable:read
 * for instalments, opportunity:read for opportunities) — so a figure is what its list shows:
 * - overdue: open instalments in force past their due date today (AR-5): sum, count, oldest;
 * - plan: instalments in force falling due this month and the confirmed money on them (AR-9);
 * - pipeline: open opportunities by stage and expected close month: count, amount, weighted
 *   amount (each weighed with its unit's probability in force, rounded per opportunity, CUS-8);
 * - trend (on request): the instalments falling due in each month of the year, the confirmed
 *   money on them, and what of it is overdue and open today.
 * The rows are summed per person, unit (its subtree) or in total in memory (a few hundred rows).
 */
export type MoneyKind = 'overdue' | 'plan' | 'pipeline' | 'trend';

export interface MoneyRow {
  kind: MoneyKind;
  ownerId: string | null;
  unitId: string | null;
  /** pipeline: `<stage>|<YYYY-MM or empty>`; trend: `YYYY-MM`. */
  key: string | null;
  n: number;
  a: bigint;
  b: bigint;
  c: bigint;
  /** overdue: the oldest due date. */
  d: string | null;
}

export interface MoneyQuery {
  /** Only these people's records. */
  owners?: readonly string[];
  /** Only records booked in this unit or below. */
  unitRoot?: string;
  trend?: boolean;
  /** Every unit (weighing needs each opportunity's unit's probabilities). */
  unitIds: Iterable<string>;
}

/** What the reader may read of each list (the sections shown). */
export function moneySections(actor: Actor) {
  return {
    receivables: actor.permissions['receivable:read'] !== undefined,
    pipeline: actor.permissions['opportunity:read'] !== undefined,
  };
}

function narrow(alias: string, q: MoneyQuery): SQL[] {
  const out: SQL[] = [];
  const col = (c: string) => sql.raw(`${alias}.${c}`);
  if (q.owners)
    out.push(
      q.owners.length === 0
        ? sql`false`
        : sql`${col('owner_id')} in (${sql.join(
            q.owners.map((o) => sql`${o}::uuid`),
            sql`, `,
          )})`,
    );
  if (q.unitRoot) out.push(sql`${col('unit_id')} in ${unitSubtreeIdsSql(q.unitRoot)}`);
  return out;
}

const and = (parts: SQL[]) => sql.join(parts, sql` and `);

export async function moneyRows(
  db: DbOrTx,
  actor: Actor,
  day: WorkbenchDay,
  q: MoneyQuery,
): Promise<MoneyRow[]> {
  const sections = moneySections(actor);
  const parts: SQL[] = [];
  if (sections.receivables) {
    const inScope = and([
      sql`i.superseded_at is null`,
      scopeCondition(actor, 'receivable:read', { owner: sql`i.owner_id`, unit: sql`i.unit_id` }),
      ...narrow('i', q),
    ]);
    parts.push(sql`select 'overdue' as kind, i.owner_id, i.unit_id, null::text as key, count(*)::int as n,
        sum(i.amount_fen - i.settled_fen) as a, 0::numeric as b, 0::numeric as c, min(i.due_date) as d
      from instalments i
      where ${inScope} and i.settled_fen < i.amount_fen and i.due_date < ${day.today}::date
      group by i.owner_id, i.unit_id`);
    parts.push(sql`select 'plan', i.owner_id, i.unit_id, null, count(*)::int, sum(i.amount_fen),
        sum(i.collected_fen), 0, null
      from instalments i
      where ${inScope} and i.due_date >= ${day.monthFrom}::date and i.due_date <= ${day.monthTo}::date
      group by i.owner_id, i.unit_id`);
    if (q.trend)
      parts.push(sql`select 'trend', null, null, to_char(i.due_date, 'YYYY-MM'), count(*)::int,
          sum(i.amount_fen), sum(i.collected_fen),
          coalesce(sum(i.amount_fen - i.settled_fen) filter (where i.due_date < ${day.today}::date), 0), null
        from instalments i
        where ${inScope} and i.due_date >= ${day.yearFrom}::date and i.due_date <= ${day.yearTo}::date
        group by 4`);
  }
  if (sections.pipeline) {
    const byUnit = await probabilitiesByUnit(db, day.at, q.unitIds);
    const open = sql.join(
      openStages.map((s) => sql`${s}`),
      sql`, `,
    );
    const month = sql`date_trunc('month', o.expected_close_date::timestamp)`;
    parts.push(sql`select 'pipeline', o.owner_id, o.unit_id,
        o.stage || '|' || coalesce(to_char(${month}, 'YYYY-MM'), ''), count(*)::int,
        sum(o.amount_fen), sum((o.amount_fen * p.pct + 50) / 100), 0, null
      from opportunities o
      join ${probabilityRowsSql(byUnit)} as p(unit_id, stage, pct) on p.unit_id = o.unit_id and p.stage = o.stage
      where ${and([
        sql`o.stage in (${open})`,
        scopeCondition(actor, 'opportunity:read', { owner: sql`o.owner_id`, unit: sql`o.unit_id` }),
        ...narrow('o', q),
      ])}
      group by o.owner_id, o.unit_id, o.stage, ${month}`);
  }
  if (parts.length === 0) return [];
  const rows = await queryRows<{
    kind: MoneyKind;
    owner_id: string | null;
    unit_id: string | null;
    key: string | null;
    n: number;
    a: string;
    b: string;
    c: string;
    d: string | null;
  }>(
    db,
    sql`select kind, owner_id::text as owner_id, unit_id::text as unit_id, key, n, a::text as a, b::text as b,
        c::text as c, d::text as d
      from (${sql.join(parts, sql` union all `)}) x(kind, owner_id, unit_id, key, n, a, b, c, d)`,
  );
  return rows.map((r) => ({
    kind: r.kind,
    ownerId: r.owner_id,
    unitId: r.unit_id,
    key: r.key,
    n: Number(r.n),
    a: BigInt(r.a ?? '0'),
    b: BigInt(r.b ?? '0'),
    c: BigInt(r.c ?? '0'),
    d: r.d,
  }));
}

/** The money figures of one subject (a person, a unit's subtree, a total). */
export interface MoneyFigures {
  overdue: { amount: bigint; count: number; oldest: string | null };
  plan: { due: bigint; collected: bigint };
  stages: Map<string, { n: number; amount: bigint; weighted: bigint }>;
  months: Map<string, { n: number; amount: bigint; weighted: bigint }>;
}

export function emptyFigures(): MoneyFigures {
  return {
    overdue: { amount: 0n, count: 0, oldest: null },
    plan: { due: 0n, collected: 0n },
    stages: new Map(),
    months: new Map(),
  };
}

function addTo(
  m: Map<string, { n: number; amount: bigint; weighted: bigint }>,
  key: string,
  n: number,
  amount: bigint,
  weighted: bigint,
) {
  const v = m.get(key) ?? { n: 0, amount: 0n, weighted: 0n };
  m.set(key, { n: v.n + n, amount: v.amount + amount, weighted: v.weighted + weighted });
}

export function addRow(f: MoneyFigures, r: MoneyRow): void {
  switch (r.kind) {
    case 'overdue':
      f.overdue.amount += r.a;
      f.overdue.count += r.n;
      if (r.d && (f.overdue.oldest === null || r.d < f.overdue.oldest)) f.overdue.oldest = r.d;
      return;
    case 'plan':
      f.plan.due += r.a;
      f.plan.collected += r.b;
      return;
    case 'pipeline': {
      const [stage = '', month = ''] = (r.key ?? '|').split('|');
      addTo(f.stages, stage, r.n, r.a, r.b);
      addTo(f.months, month, r.n, r.a, r.b);
      return;
    }
    case 'trend':
      return;
  }
}

/**
 * The figures of every subject a row counts for: `keysOf(row)` names them (a person
 * `user:<id>`, each unit above the booking unit `unit:<id>`, `total`).
 */
export function figuresBy(
  rows: readonly MoneyRow[],
  keysOf: (r: MoneyRow) => string[],
): Map<string, MoneyFigures> {
  const out = new Map<string, MoneyFigures>();
  for (const r of rows) {
    if (r.kind === 'trend') continue;
    for (const key of keysOf(r)) {
      let f = out.get(key);
      if (!f) {
        f = emptyFigures();
        out.set(key, f);
      }
      addRow(f, r);
    }
  }
  return out;
}
