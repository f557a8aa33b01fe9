import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { containsPattern } from '../../db/like.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { type LocalDate, localDate } from '../../platform/deadlines/calendar.js';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import { unitSubtreeIdsSql } from '../../platform/org/tree.js';
import type { PolicyDef } from '../../platform/policies/define.js';
import { readPolicies } from '../../platform/policies/read.js';
import { dueSoonDays } from '../receivables/index.js';
import { agingBuckets } from './policies.js';
import type { TBucket, TReceivableFilters } from './schemas.js';

/** What every receivable report needs to know about today (company calendar) and the policies. */
export interface ReportDay {
  today: LocalDate;
  tz: string;
  dueSoonDays: number;
  buckets: TBucket[];
}

/**
 * AR-9: the aging buckets from `ar.agingBuckets` (upper bounds in days overdue): [30, 60, 90] →
 * 1–30, 31–60, 61–90, 91+. Day 1 overdue goes to the first bucket (the regulation's "0–30").
 */
export function bucketsOf(bounds: number[]): TBucket[] {
  const sorted = [...new Set(bounds)].sort((a, b) => a - b);
  const result: TBucket[] = [];
  let from = 1;
  for (const to of sorted) {
    result.push({ key: `${from}-${to}`, fromDays: from, toDays: to });
    from = to + 1;
  }
  result.push({ key: `${from}-`, fromDays: from, toDays: null });
  return result;
}

/** A bucket key back to its day range (`31-60` → 31..60, `91-` → 91..∞). */
export function parseBucketKey(key: string): { from: number; to: number | null } {
  const [from, to] = key.split('-');
  return { from: Number(from), to: to ? Number(to) : null };
}

/**
 * Today in the company time zone and the report policies, read company-wide (one set of buckets
 * and one due-soon window for the whole company, so every group of a report is comparable),
 * in one query.
 */
export async function reportDay(db: DbOrTx, at: Date): Promise<ReportDay> {
  return reportDayOf(await readPolicies(db, reportPolicies, at), at);
}

/** The policies reportDay reads, for a caller that reads them with its own in one query. */
export const reportPolicies: PolicyDef[] = [companyTimeZone, dueSoonDays, agingBuckets] as PolicyDef[];

/** reportDay from values read by readPolicies (reportPolicies among them). */
export function reportDayOf(values: Map<string, unknown>, at: Date): ReportDay {
  const tz = values.get(companyTimeZone.id) as string;
  const soon = values.get(dueSoonDays.id) as number;
  const bounds = values.get(agingBuckets.id) as number[];
  return { today: localDate(at, tz), tz, dueSoonDays: soon, buckets: bucketsOf(bounds) };
}

/** ORG-5: the actor's receivable scope on an instalment (alias `i`). */
export function instalmentScope(actor: Actor): SQL {
  return scopeCondition(actor, 'receivable:read', { owner: sql`i.owner_id`, unit: sql`i.unit_id` });
}

/**
 * The report filters on a row with owner_id, unit_id, customer_id and a contract id (`alias`, the
 * contract id column given): the instalment (`i`, contract_id) or a contract (`k`, its id).
 */
export function ownershipFilters(f: TReceivableFilters, alias: string, contractIdColumn: string): SQL[] {
  const col = (name: string) => sql.raw(`${alias}.${name}`);
  const parts: SQL[] = [];
  if (f.ownerId) parts.push(sql`${col('owner_id')} = ${f.ownerId}`);
  if (f.unitId)
    parts.push(
      f.unitTree === false
        ? sql`${col('unit_id')} = ${f.unitId}`
        : sql`${col('unit_id')} in ${unitSubtreeIdsSql(f.unitId)}`,
    );
  if (f.customerId) parts.push(sql`${col('customer_id')} = ${f.customerId}`);
  if (f.contractId) parts.push(sql`${col(contractIdColumn)} = ${f.contractId}`);
  if (f.q) {
    const like = containsPattern(f.q);
    parts.push(sql`(exists (select 1 from customers fc where fc.id = ${col('customer_id')} and fc.name ilike ${like})
      or exists (select 1 from contracts fk where fk.id = ${col(contractIdColumn)} and fk.number ilike ${like}))`);
  }
  return parts;
}

/** Filters that only need the instalment row (alias `i`). */
function instalmentFilters(f: TReceivableFilters): SQL[] {
  return ownershipFilters(f, 'i', 'contract_id');
}

/** The status of a row of `receivablesSql` (alias `r`) as SQL text. */
export function statusSql(day: ReportDay): SQL {
  return sql`case when r.open_fen <= 0 then 'paid' when r.age > 0 then 'overdue'
    when r.age >= ${-day.dueSoonDays} then 'due_soon' else 'not_due' end`;
}

/**
 * Filters on the computed row (alias `r`): status and aging bucket. Written also on the stored
 * columns (`settled_fen < amount_fen`, the due date), so the planner can use the partial
 * indexes of open instalments.
 */
export function computedFilters(day: ReportDay, f: TReceivableFilters): SQL[] {
  const parts: SQL[] = [];
  if (f.status?.length) {
    parts.push(
      sql`(${statusSql(day)}) in (${sql.join(
        f.status.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    );
    if (!f.status.includes('paid')) parts.push(sql`r.settled_fen < r.amount_fen`);
    if (f.status.every((s) => s === 'overdue')) parts.push(sql`r.due_date < ${day.today}::date`);
  }
  if (f.bucket) {
    const { from, to } = parseBucketKey(f.bucket);
    parts.push(
      sql`r.settled_fen < r.amount_fen and r.due_date <= ${day.today}::date - ${Math.max(from, 1)}::int`,
    );
    if (to !== null) parts.push(sql`r.due_date >= ${day.today}::date - ${to}::int`);
  }
  return parts;
}

/** The instalments in force in the actor's scope that pass the filters (alias `i`). */
export function instalmentWhere(actor: Actor, f: TReceivableFilters, extra?: SQL): SQL {
  return sql.join(
    [
      sql`i.superseded_at is null`,
      instalmentScope(actor),
      ...instalmentFilters(f),
      ...(extra ? [extra] : []),
    ],
    sql` and `,
  );
}

/**
 * AR-4/AR-5: the instalments in force in the actor's scope, as CTE `r`: id, contract_id,
 * customer_id, owner_id, unit_id, seq, due_date, amount_fen, settled_fen, collected_fen
 * (confirmed payments), open_fen (amount less every confirmed, unreleased settlement: payments,
 * credit notes, write-offs) and age (today − due date, in days; negative before the due date).
 * The amounts are the instalment's stored ones (receivables/amounts.ts): no settlement is read.
 */
export function receivablesCte(actor: Actor, day: ReportDay, f: TReceivableFilters, extra?: SQL): SQL {
  const where = instalmentWhere(actor, f, extra);
  // Not materialized: a list refers to `r` twice (its page and its bounded count), and a
  // materialized CTE would read every instalment in scope before the page's order and limit.
  return sql`r as not materialized (
      select i.id, i.contract_id, i.customer_id, i.owner_id, i.unit_id, i.seq, i.due_date, i.amount_fen,
        i.settled_fen, i.collected_fen, i.amount_fen - i.settled_fen as open_fen,
        (${day.today}::date - i.due_date) as age
      from instalments i where ${where}
    )`;
}

/** The key of the bucket an overdue row falls in (JS side, for list rows). */
export function bucketOf(buckets: TBucket[], daysOverdue: number): string | null {
  if (daysOverdue <= 0) return null;
  return (
    buckets.find((b) => daysOverdue >= b.fromDays && (b.toDays === null || daysOverdue <= b.toDays))?.key ??
    null
  );
}
