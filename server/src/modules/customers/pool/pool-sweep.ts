import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows, type Tx } from '../../../db/client.js';
import { audit } from '../../../platform/audit/audit.js';
import { type Ctx, inTx } from '../../../platform/context.js';
import { notify } from '../../../platform/notifications/notify.js';
import { CUSTOMER_SUBJECT } from '../scope.js';
import { DAY_MS, type PoolRules, poolClockStartSql, poolDaysSql, poolRulesFor } from './pool-clock.js';
import { recordOwnershipChange } from './record-ownership-change.js';

/** Customers handled per transaction. */
export const SWEEP_BATCH = 200;

interface UnitGroup {
  rules: PoolRules;
  unitIds: string[];
}

/** The units that hold owned customers, grouped by the pool rules in force for them (ORG-7 overrides). */
async function unitGroups(tx: DbOrTx, at: Date): Promise<UnitGroup[]> {
  const units = await queryRows<{ unit_id: string }>(
    tx,
    sql`select distinct unit_id from customers where owner_id is not null`,
  );
  const groups = new Map<string, UnitGroup>();
  for (const { unit_id } of units) {
    const rules = await poolRulesFor(tx, at, unit_id);
    const key = JSON.stringify([Object.entries(rules.daysByLevel).sort(), rules.warningDays]);
    const group = groups.get(key) ?? { rules, unitIds: [] };
    group.unitIds.push(unit_id);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function returnAtSql(rules: PoolRules) {
  return sql`(${poolClockStartSql('c')} + ${poolDaysSql(sql`c.level`, rules.daysByLevel)} * interval '24 hours')`;
}

function inUnits(ids: string[]) {
  return sql`c.unit_id in (${sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  )})`;
}

const toDate = (v: Date | string): Date => (v instanceof Date ? v : new Date(v));

interface Warned {
  id: string;
  name: string;
  owner_id: string;
  return_at: Date | string;
}

/** Marks (and returns) up to one batch of customers whose warning moment has come and who were not warned this round. */
async function warnBatch(tx: Tx, group: UnitGroup, at: Date): Promise<Warned[]> {
  const returnAt = returnAtSql(group.rules);
  const warnAt = sql`(${returnAt} - ${group.rules.warningDays}::int * interval '24 hours')`;
  const now = sql`${at.toISOString()}::timestamptz`;
  return queryRows<Warned>(
    tx,
    sql`update customers c set pool_warned_at = ${now}
      where c.id in (
        select c.id from customers c
        where c.owner_id is not null and ${inUnits(group.unitIds)}
          and ${warnAt} <= ${now} and ${returnAt} > ${now}
          and (c.pool_warned_at is null or c.pool_warned_at < ${warnAt})
        order by c.id limit ${SWEEP_BATCH}
      )
      returning c.id, c.name, c.owner_id, ${returnAt} as return_at`,
  );
}

interface Returned {
  id: string;
  name: string;
  previous_owner_id: string;
  unit_id: string;
  level: string;
  last_activity_at: Date | string;
}

/** Puts (and returns) up to one batch of owned customers whose return moment has passed back into the pool. */
async function returnBatch(tx: Tx, group: UnitGroup, at: Date): Promise<Returned[]> {
  const returnAt = returnAtSql(group.rules);
  const now = sql`${at.toISOString()}::timestamptz`;
  // The clock start is read before the UPDATE sets owned_since to null; the WHERE re-checks
  // the condition on the locked row, so a follow-up committed meanwhile keeps the customer.
  return queryRows<Returned>(
    tx,
    sql`update customers c set owner_id = null, previous_owner_id = c.owner_id, owned_since = null,
        pooled_at = ${now}, pool_warned_at = null, updated_at = ${now}
      from (
        select c.id, ${poolClockStartSql('c')} as last_activity_at from customers c
        where c.owner_id is not null and ${inUnits(group.unitIds)} and ${returnAt} <= ${now}
        order by c.id limit ${SWEEP_BATCH}
      ) due
      where c.id = due.id and c.owner_id is not null and ${returnAt} <= ${now}
      returning c.id, c.name, c.previous_owner_id, c.unit_id, c.level, due.last_activity_at`,
  );
}

const fmtDate = (d: Date) => d.toISOString().slice(0, 10);

/** The owner's warning for one batch: one notice per customer, linking to it. */
async function sendWarnings(tx: Tx, ctx: Ctx, rows: Warned[], at: Date): Promise<void> {
  for (const r of rows) {
    const returnAt = toDate(r.return_at);
    const days = Math.max(0, Math.ceil((returnAt.getTime() - at.getTime()) / DAY_MS));
    await notify(tx, ctx, {
      userId: r.owner_id,
      event: 'customer.poolWarning',
      title: {
        'zh-CN': `客户「${r.name}」${days} 天后将退回公海，请及时跟进`,
        en: `"${r.name}" returns to the public pool in ${days} days unless followed up`,
      },
      subjectType: CUSTOMER_SUBJECT,
      subjectId: r.id,
      link: `/customers/${r.id}`,
    });
    await audit(tx, ctx, {
      entity: 'customer',
      entityId: r.id,
      action: 'customer.pool_warning',
      after: { poolWarnedAt: at, ownerId: r.owner_id, returnAt },
    });
  }
}

async function recordReturns(tx: Tx, ctx: Ctx, rows: Returned[], group: UnitGroup, at: Date) {
  for (const r of rows) {
    const days = group.rules.daysByLevel[r.level] ?? Math.min(...Object.values(group.rules.daysByLevel));
    const since = toDate(r.last_activity_at);
    await recordOwnershipChange(tx, ctx, {
      customerId: r.id,
      change: 'auto_release',
      fromUserId: r.previous_owner_id,
      toUserId: null,
      reason: `${days} 天未跟进 / no follow-up for ${days} days`,
      at,
      summary: {
        'zh-CN': `${days} 天未跟进（自 ${fmtDate(since)} 起），客户自动退回公海`,
        en: `No follow-up for ${days} days (since ${fmtDate(since)}); the customer returned to the pool`,
      },
      before: { ownerId: r.previous_owner_id, lastActivityAt: since },
      after: { ownerId: null, previousOwnerId: r.previous_owner_id, pooledAt: at },
    });
    await notify(tx, ctx, {
      userId: r.previous_owner_id,
      event: 'customer.returnedToPool',
      title: {
        'zh-CN': `客户「${r.name}」${days} 天未跟进，已退回公海`,
        en: `"${r.name}" had no follow-up for ${days} days and went back to the public pool`,
      },
      subjectType: CUSTOMER_SUBJECT,
      subjectId: r.id,
      link: '/pool',
    });
  }
}

/**
 * The pool sweep (customer.poolDaysByLevel, customer.poolWarningDays): owners are warned once
 * when a customer's return is poolWarningDays away, and customers whose return moment has
 * passed go back to the pool. Candidates are found set-based per group of units sharing the
 * same rules, and handled in batches of one transaction each.
 */
export async function sweepPool(ctx: Ctx): Promise<{ warned: number; returned: number }> {
  const at = ctx.clock.now();
  const groups = await unitGroups(ctx.db, at);
  let warned = 0;
  let returned = 0;
  for (const group of groups) {
    // Returns first: a customer past its return needs no warning any more.
    for (;;) {
      const n = await inTx(ctx, async (tx) => {
        const rows = await returnBatch(tx, group, at);
        await recordReturns(tx, ctx, rows, group, at);
        return rows.length;
      });
      returned += n;
      if (n < SWEEP_BATCH) break;
    }
    for (;;) {
      const n = await inTx(ctx, async (tx) => {
        const rows = await warnBatch(tx, group, at);
        await sendWarnings(tx, ctx, rows, at);
        return rows.length;
      });
      warned += n;
      if (n < SWEEP_BATCH) break;
    }
  }
  return { warned, returned };
}
