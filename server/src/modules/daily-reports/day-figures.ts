import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { holdersOfSql } from '../../platform/access/holders.js';
import { addLocalDays, type LocalDate, startOfLocalDay } from '../../platform/deadlines/calendar.js';
import { contracts } from '../contracts/index.js';
import { customers } from '../customers/index.js';
import { inquiries } from '../inquiries/index.js';
import { orders } from '../orders/index.js';
import { quotes } from '../quotes/index.js';
import { payments } from '../receivables/index.js';
import { visits } from '../visits/index.js';
import type { TDayFigures } from './schemas.js';

export const countMeasures = [
  'newCustomers',
  'inquiries',
  'visits',
  'quotes',
  'contracts',
  'orders',
] as const;
type Measure = (typeof countMeasures)[number] | 'collectedFen';

export interface PersonDay {
  userId: string;
  unitId: string;
  figures: TDayFigures;
}

export interface DayFigures {
  people: PersonDay[];
  /** Per unit: the sums of the people placed in it. */
  units: Map<string, TDayFigures>;
}

export const emptyFigures = (): TDayFigures => ({
  newCustomers: 0,
  inquiries: 0,
  visits: 0,
  quotes: 0,
  contracts: 0,
  orders: 0,
  collectedFen: '0',
});

function add(into: TDayFigures, f: TDayFigures): void {
  for (const m of countMeasures) into[m] += f[m];
  into.collectedFen = (BigInt(into.collectedFen) + BigInt(f.collectedFen)).toString();
}

/**
 * OPS-2: the day's figures of each rep placed in the units (active people who visit customers)
 * and the sums per unit — new customers (created that day, by owner), first contacts (the
 * register's entries of that day, by whoever follows them up, else whoever recorded them), visits
 * made (checked out that day; cancelled or planned ones never count), quotes issued (sent that
 * day), contracts signed, orders made, and money confirmed by finance that day (pending or
 * rejected payments never count; a confirmed reversal subtracts). Days are company days (`tz`).
 * One statement.
 */
export async function dayFigures(
  db: DbOrTx,
  q: { day: LocalDate; unitIds: readonly string[]; tz: string },
): Promise<DayFigures> {
  const out: DayFigures = { people: [], units: new Map(q.unitIds.map((u) => [u, emptyFigures()])) };
  if (q.unitIds.length === 0) return out;
  const from = startOfLocalDay(q.day, q.tz).toISOString();
  const to = startOfLocalDay(addLocalDays(q.day, 1), q.tz).toISOString();
  const unitList = sql.join(
    q.unitIds.map((u) => sql`${u}::uuid`),
    sql`, `,
  );
  const rows = await queryRows<{
    user_id: string;
    unit_id: string;
    measure: Measure | null;
    value: string | null;
  }>(
    db,
    sql`with people as (
          select u.id, u.unit_id from users u
          where u.unit_id in (${unitList}) and u.status = 'active' and u.id in ${holdersOfSql('visit:write')}
        ),
        facts as (
          select c.owner_id as user_id, 'newCustomers' as measure, count(*)::bigint as value from ${customers} c
            where c.created_at >= ${from} and c.created_at < ${to} and c.owner_id in (select id from people) group by 1
          union all
          select coalesce(i.assignee_id, i.recorded_by), 'inquiries', count(*)::bigint from ${inquiries} i
            where i.contact_date = ${q.day}::date and coalesce(i.assignee_id, i.recorded_by) in (select id from people) group by 1
          union all
          select v.rep_id, 'visits', count(*)::bigint from ${visits} v
            where v.status = 'done' and v.check_out_at >= ${from} and v.check_out_at < ${to}
              and v.rep_id in (select id from people) group by 1
          union all
          select qt.owner_id, 'quotes', count(*)::bigint from ${quotes} qt
            where qt.sent_at >= ${from} and qt.sent_at < ${to} and qt.owner_id in (select id from people) group by 1
          union all
          select ct.owner_id, 'contracts', count(*)::bigint from ${contracts} ct
            where ct.signed_at >= ${from} and ct.signed_at < ${to} and ct.owner_id in (select id from people) group by 1
          union all
          select o.owner_id, 'orders', count(*)::bigint from ${orders} o
            where o.created_at >= ${from} and o.created_at < ${to} and o.owner_id in (select id from people) group by 1
          union all
          select p.owner_id, 'collectedFen', sum(p.amount_fen)::bigint from ${payments} p
            where p.status = 'confirmed' and p.confirmed_at >= ${from} and p.confirmed_at < ${to}
              and p.owner_id in (select id from people) group by 1
        )
        select p.id::text as user_id, p.unit_id::text as unit_id, f.measure, f.value::text as value
        from people p left join facts f on f.user_id = p.id
        order by p.unit_id, p.id`,
  );
  const byPerson = new Map<string, PersonDay>();
  for (const r of rows) {
    let person = byPerson.get(r.user_id);
    if (!person) {
      person = { userId: r.user_id, unitId: r.unit_id, figures: emptyFigures() };
      byPerson.set(r.user_id, person);
      out.people.push(person);
    }
    if (r.measure === 'collectedFen') person.figures.collectedFen = String(BigInt(r.value ?? '0'));
    else if (r.measure) person.figures[r.measure] = Number(r.value ?? 0);
  }
  for (const p of out.people) add(out.units.get(p.unitId) ?? emptyFigures(), p.figures);
  return out;
}

/** Units with someone who visits customers placed directly in them: the units that get a daily report and a morning meeting. */
export async function unitsWithReps(db: DbOrTx, unitIds?: readonly string[]): Promise<string[]> {
  const only =
    unitIds === undefined
      ? sql`true`
      : unitIds.length === 0
        ? sql`false`
        : sql`u.unit_id in (${sql.join(
            unitIds.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`;
  const rows = await queryRows<{ unit_id: string }>(
    db,
    sql`select distinct u.unit_id::text as unit_id from users u
        where u.status = 'active' and u.id in ${holdersOfSql('visit:write')} and ${only}
        order by 1`,
  );
  return rows.map((r) => r.unit_id);
}
