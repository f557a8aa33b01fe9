import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { holdersOfSql } from '../../platform/access/holders.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import { type Actor, type Ctx, requireActor } from '../../platform/context.js';
import { unitSubtreeIdsSql } from '../../platform/org/tree.js';
import { type PeriodCode, period } from '../../platform/periods/periods.js';
import { readPolicy } from '../../platform/policies/read.js';
import { type ExpenseRead, expenseRatioPct, indicatorsFor } from '../indicators/index.js';
import { expenseRatioCeilingPct } from './policies.js';
import type { TRatioQuery, TRatioRow } from './schemas.js';

export interface RatioSubject {
  type: 'user' | 'unit';
  id: string;
  name: string;
}

/**
 * EXP-1: the expense of a subject in a period, as a scalar subquery — the lines of claims approved
 * by finance or paid, not rejected, by the date the money was spent; a person's own claims, a
 * unit's claims booked in it or below.
 */
function expenseSql(subject: { type: 'user' | 'unit'; id: string }, code: PeriodCode): SQL {
  const p = period(code);
  const who: SQL =
    subject.type === 'user'
      ? sql`c.user_id = ${subject.id}::uuid`
      : sql`c.unit_id in ${unitSubtreeIdsSql(subject.id)}`;
  return sql`(select coalesce(sum(l.amount_fen), 0)::text
      from expense_claim_lines l join expense_claims c on c.id = l.claim_id
      where c.status in ('approved', 'paid') and l.rejected_at is null
        and l.spent_on between ${p.from}::date and ${p.to}::date and ${who})`;
}

/** EXP-1: the expense of one subject and period. */
export async function expenseOf(
  db: DbOrTx,
  subject: { type: 'user' | 'unit'; id: string },
  code: PeriodCode,
) {
  const [r] = await queryRows<{ s: string }>(db, sql`select ${expenseSql(subject, code)} as s`);
  return BigInt(r?.s ?? '0');
}

/** expense ÷ sales in percent, two decimals (half up); null without sales (the indicators' one rule). */
export const ratioPctOf = expenseRatioPct;

/** EXP-1: the expense of each subject and period, for the indicators' expense slot (PLAN-5 read model). */
export const expenseRead: ExpenseRead = async (db, q) => {
  const pairs = q.subjects.flatMap((subject) => q.periods.map((code) => ({ subject, code })));
  const out = new Map<string, bigint>();
  if (pairs.length === 0) return out;
  // One statement for every subject and period (no query per row).
  const rows = await queryRows<{ k: string; s: string }>(
    db,
    sql.join(
      pairs.map(
        ({ subject, code }) =>
          sql`select ${`${subject.type}:${subject.id}:${code}`}::text as k, ${expenseSql(subject, code)} as s`,
      ),
      sql` union all `,
    ),
  );
  for (const r of rows) out.set(r.k, BigInt(r.s));
  return out;
};

/**
 * EXP-1: the ratio of subjects for one period: the expense above over the indicators' sales
 * amount (plan.salesBasis) of the same subject and period, against expenses.ratioCeilingPct.
 */
export async function expenseRatios(
  db: DbOrTx,
  subjects: readonly RatioSubject[],
  code: PeriodCode,
  at: Date,
): Promise<TRatioRow[]> {
  if (subjects.length === 0) return [];
  const ceiling = await readPolicy(db, expenseRatioCeilingPct, at);
  const indicators = await indicatorsFor(db, {
    subjects: subjects.map((s) => ({ type: s.type, id: s.id })),
    periods: [code],
    at,
  });
  const out: TRatioRow[] = [];
  for (const s of subjects) {
    const row = indicators.find((r) => r.subject.type === s.type && r.subject.id === s.id);
    const sales = BigInt(row ? row.metrics[row.salesMetric].actual : '0');
    const expense = await expenseOf(db, s, code);
    const ratioPct = ratioPctOf(expense, sales);
    out.push({
      subject: s,
      period: code,
      expenseFen: expense.toString(),
      salesFen: sales.toString(),
      ratioPct,
      ceilingPct: ceiling,
      over: ratioPct === null ? expense > 0n : ratioPct > ceiling,
    });
  }
  return out;
}

/** ORG-5: the people (or units) whose ratio the actor may see, by expense:read's scope. */
async function subjectsFor(db: DbOrTx, actor: Actor, level: TRatioQuery['level']): Promise<RatioSubject[]> {
  if (level === 'me')
    return queryRows<RatioSubject>(
      db,
      sql`select 'user' as type, id::text as id, display_name as name from users where id = ${actor.id}`,
    );
  if (level === 'people') {
    const scope = scopeCondition(actor, 'expense:read', { owner: sql`u.id`, unit: sql`u.unit_id` });
    return queryRows<RatioSubject>(
      db,
      sql`select 'user' as type, u.id::text as id, u.display_name as name from users u
        where u.status = 'active' and (u.id = ${actor.id} or ${scope})
          and (u.id = ${actor.id} or exists (select 1 from expense_claims c where c.user_id = u.id)
            or u.id in ${holdersOfSql('opportunity:write')})
        order by u.display_name, u.id limit 500`,
    );
  }
  const s = actor.permissions['expense:read'];
  const where =
    s === 'all'
      ? sql`true`
      : s === 'unit_tree'
        ? sql`un.id in ${unitSubtreeIdsSql(actor.unitId)}`
        : s === 'unit'
          ? sql`un.id = ${actor.unitId}`
          : sql`false`;
  return queryRows<RatioSubject>(
    db,
    sql`select 'unit' as type, un.id::text as id, un.name from units un where ${where} order by un.sort, un.name limit 500`,
  );
}

/** EXP-1: the expense ratios of my own, my people or my units for a period. */
export async function listExpenseRatios(ctx: Ctx, q: TRatioQuery): Promise<{ items: TRatioRow[] }> {
  const actor = requireActor(ctx);
  const subjects = await subjectsFor(ctx.db, actor, q.level);
  return { items: await expenseRatios(ctx.db, subjects, q.period, ctx.clock.now()) };
}
