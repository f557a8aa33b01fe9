import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { addLocalDays, endOfLocalDay } from '../../platform/deadlines/calendar.js';
import type { PolicyDef } from '../../platform/policies/define.js';
import { readPolicies } from '../../platform/policies/read.js';
import { type GroupBy, groupKey, regionsCte } from './group-keys.js';
import { dsoDays } from './policies.js';
import { ownershipFilters, receivablesCte, reportDayOf, reportPolicies } from './receivable-sql.js';
import type { TSummary, ZSummaryQuery } from './schemas.js';

type SummaryQuery = z.output<typeof ZSummaryQuery>;

/** Percent with one decimal from two fen sums, exact until the last step; null for a zero base. */
function pct(part: bigint, whole: bigint): number | null {
  if (whole === 0n) return null;
  return Number((part * 1000n) / whole) / 10;
}

interface Figures {
  due: bigint;
  collected: bigint;
  open: bigint;
  overdue: bigint;
  sales: bigint;
}
const zero = (): Figures => ({ due: 0n, collected: 0n, open: 0n, overdue: 0n, sales: 0n });

function present(f: Figures, days: number) {
  return {
    dueInPeriodFen: f.due.toString(),
    collectedInPeriodFen: f.collected.toString(),
    collectionRatePct: pct(f.collected, f.due),
    openFen: f.open.toString(),
    overdueFen: f.overdue.toString(),
    overdueRatioPct: pct(f.overdue, f.open),
    salesFen: f.sales.toString(),
    // open ÷ (sales ÷ days) = open × days ÷ sales, one decimal.
    dsoDays: f.sales === 0n ? null : Number((f.open * BigInt(days) * 10n) / f.sales) / 10,
  };
}

/**
 * AR-9: collection figures of the actor's receivable scope, in total and optionally per group.
 *
 * - Collection rate (回款率) of the period [from, to] (company calendar): of the instalments in
 *   force falling due in the period, the confirmed payments (AR-4) allocated to them and confirmed
 *   by the end of `to`, divided by their amount. Credit notes and write-offs are not collection.
 * - DSO (应收账款周转天数): the open receivables today ÷ the average daily sales of the last
 *   `ar.dsoDays` days (main contracts by amount and supplements by their change, signed in that
 *   window, today included).
 * - Overdue total and ratio: open amounts past their due date today ÷ everything open today.
 */
export async function collectionSummary(
  db: DbOrTx,
  actor: Actor,
  q: SummaryQuery,
  at: Date,
): Promise<TSummary> {
  const policies = await readPolicies(db, [...reportPolicies, dsoDays as PolicyDef], at);
  const day = reportDayOf(policies, at);
  const days = policies.get(dsoDays.id) as number;
  const by: GroupBy | undefined = q.groupBy;
  const ctes = (main: ReturnType<typeof receivablesCte>) =>
    by === 'region' ? sql`${main}, ${regionsCte}` : main;
  const keyOf = (alias: string) => (by ? groupKey(by, sql.raw(alias)) : null);

  const gr = keyOf('r');
  const openRows = await queryRows<{ key: string | null; open: string; overdue: string }>(
    db,
    sql`with recursive ${ctes(receivablesCte(actor, day, q))}
      select ${gr ? gr.key : sql`null`} as key, coalesce(sum(r.open_fen), 0)::text as open,
        coalesce(sum(r.open_fen) filter (where r.age > 0), 0)::text as overdue
      from r ${gr ? gr.join : sql``} where r.settled_fen < r.amount_fen group by 1`,
  );

  const endOfPeriod = endOfLocalDay(q.to, day.tz);
  // A period still running counts every confirmation so far: the stored collected amount. One
  // that ended counts only what was confirmed by its end, from the settlements.
  const collectedSql =
    endOfPeriod.getTime() >= at.getTime()
      ? sql`r.collected_fen`
      : sql`(select coalesce(sum(s.amount_fen), 0) from settlements s
          where s.instalment_id = r.id and s.source_type = 'payment' and s.confirmed_at is not null
            and s.released_at is null and s.confirmed_at <= ${endOfPeriod.toISOString()}::timestamptz)`;
  const periodRows = await queryRows<{ key: string | null; due: string; collected: string }>(
    db,
    sql`with recursive ${ctes(
      receivablesCte(actor, day, q, sql`i.due_date >= ${q.from}::date and i.due_date <= ${q.to}::date`),
    )}
      select ${gr ? gr.key : sql`null`} as key, coalesce(sum(r.amount_fen), 0)::text as due,
        coalesce(sum(${collectedSql}), 0)::text as collected
      from r ${gr ? gr.join : sql``} group by 1`,
  );

  const gk = keyOf('k');
  const salesFrom = addLocalDays(day.today, -(days - 1));
  const salesWhere = sql.join(
    [
      sql`k.status = 'signed' and k.kind in ('main', 'supplement')`,
      sql`k.signed_on >= ${salesFrom}::date and k.signed_on <= ${day.today}::date`,
      scopeCondition(actor, 'receivable:read', { owner: sql`k.owner_id`, unit: sql`k.unit_id` }),
      ...ownershipFilters(q, 'k', 'id'),
    ],
    sql` and `,
  );
  const salesRows = await queryRows<{ key: string | null; sales: string }>(
    db,
    sql`${by === 'region' ? sql`with recursive ${regionsCte}` : sql``}
      select ${gk ? gk.key : sql`null`} as key,
        coalesce(sum(case when k.kind = 'supplement' then coalesce(k.delta_fen, 0) else k.amount_fen end), 0)::text as sales
      from contracts k ${gk ? gk.join : sql``} where ${salesWhere} group by 1`,
  );

  const total = zero();
  const groups = new Map<string, Figures>();
  const groupOf = (key: string | null) => {
    if (!by || key === null) return null;
    const found = groups.get(key);
    if (found) return found;
    const made = zero();
    groups.set(key, made);
    return made;
  };
  for (const r of openRows) {
    total.open += BigInt(r.open);
    total.overdue += BigInt(r.overdue);
    const g = groupOf(r.key);
    if (g) {
      g.open += BigInt(r.open);
      g.overdue += BigInt(r.overdue);
    }
  }
  for (const r of periodRows) {
    total.due += BigInt(r.due);
    total.collected += BigInt(r.collected);
    const g = groupOf(r.key);
    if (g) {
      g.due += BigInt(r.due);
      g.collected += BigInt(r.collected);
    }
  }
  for (const r of salesRows) {
    total.sales += BigInt(r.sales);
    const g = groupOf(r.key);
    if (g) g.sales += BigInt(r.sales);
  }

  let groupList: TSummary['groups'];
  if (by) {
    const keys = [...groups.keys()];
    const labels = new Map<string, string>();
    if (keys.length > 0) {
      const table = by === 'rep' ? sql`users` : by === 'customer' ? sql`customers` : sql`units`;
      const name = by === 'rep' ? sql`display_name` : sql`name`;
      const rows = await queryRows<{ id: string; label: string }>(
        db,
        sql`select id, ${name} as label from ${table} where id in (${sql.join(
          keys.map((k) => sql`${k}`),
          sql`, `,
        )})`,
      );
      for (const r of rows) labels.set(r.id, r.label);
    }
    groupList = keys
      .map((key) => ({ key, label: labels.get(key) ?? '', ...present(groups.get(key)!, days) }))
      .sort((a, b) =>
        BigInt(b.openFen) > BigInt(a.openFen) ? 1 : BigInt(b.openFen) < BigInt(a.openFen) ? -1 : 0,
      );
  }
  return {
    from: q.from,
    to: q.to,
    today: day.today,
    dsoPeriodDays: days,
    ...present(total, days),
    ...(groupList ? { groups: groupList } : {}),
  };
}
