import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { addLocalDays } from '../../platform/deadlines/calendar.js';
import { companyToday } from '../../platform/deadlines/company-date.js';
import { notify } from '../../platform/notifications/notify.js';
import { activeRoleHolders, type PeopleRule, resolvePeople } from '../../platform/org/resolve-people.js';
import { readPolicy } from '../../platform/policies/read.js';
import { escalationDays, writeOffs } from '../collection/index.js';
import { contracts } from '../contracts/index.js';
import { customers } from '../customers/index.js';
import { customerDebt, instalments } from '../receivables/index.js';
import { syncReviewDue } from './due-items.js';
import { riskCreditOwner, riskReviewDays, riskSignalScores, riskWriteOffWatchDays } from './policies.js';
import { nextRiskNumber, onCustomerTimeline, tellOwner } from './record.js';
import { RISK_ENTITY, type RiskRow, riskLink } from './scope.js';
import { riskSignals, risks } from './tables.js';
import { signalWords } from './words.js';

type Signal = (typeof riskSignals)[number];

/** What the customer's money says today, per signal (CUS-9, AR-8). */
async function signalsOf(tx: Tx, customerId: string, limitFen: bigint | null, at: Date) {
  const today = await companyToday(tx, at);
  const [debt, ladder, watchDays] = await Promise.all([
    customerDebt(tx, customerId, today),
    readPolicy(tx, escalationDays, at),
    readPolicy(tx, riskWriteOffWatchDays, at),
  ]);
  // AR-8: the legal-review step is reached once an open instalment is that many days overdue.
  const legalDue = addLocalDays(today, -ladder.legal);
  const [legal] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(instalments)
    .where(
      and(
        eq(instalments.customerId, customerId),
        sql`${instalments.supersededAt} is null`,
        sql`${instalments.settledFen} < ${instalments.amountFen}`,
        sql`${instalments.dueDate} <= ${legalDue}::date`,
      ),
    );
  const since = new Date(at.getTime() - watchDays * 86_400_000);
  const [written] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(writeOffs)
    .innerJoin(contracts, eq(contracts.id, writeOffs.contractId))
    .where(
      and(
        eq(contracts.customerId, customerId),
        eq(writeOffs.status, 'approved'),
        sql`${writeOffs.updatedAt} >= ${since.toISOString()}::timestamptz`,
      ),
    );
  const active: Record<Signal, boolean> = {
    over_limit: limitFen !== null && debt.outstandingFen > limitFen,
    legal_overdue: Number(legal?.n ?? 0) > 0,
    written_off: Number(written?.n ?? 0) > 0,
  };
  return { active, today, debt };
}

/** Who owns a customer's credit risk: the policy's first step from the customer's owner; else the owner; else the director. */
async function creditOwnerOf(tx: Tx, c: { ownerId: string | null; unitId: string }, at: Date) {
  if (c.ownerId) {
    const chain = await readPolicy(tx, riskCreditOwner, at, c.unitId);
    const first = chain[0];
    if (first) {
      const found = await resolvePeople(tx, first as PeopleRule, { userId: c.ownerId, unitId: c.unitId });
      if (found.userIds[0]) return found.userIds[0];
    }
    return c.ownerId;
  }
  const [director] = await activeRoleHolders(tx, 'sales_director');
  return director ?? null;
}

export interface ReconcileOutcome {
  raised: number;
  closed: number;
}

/**
 * RISK-1 (CUS-9, AR-8): brings one customer's system credit risks in line with its money:
 * a signal that holds (over the credit limit, an instalment overdue past the ladder's legal
 * step, a write-off approved within the watch period) has exactly one risk not closed; one
 * that cleared has its risk closed "resolved by the system". Idempotent: the customer row is
 * locked, and a partial unique index refuses a second risk for the same customer and signal.
 * Used by the domain-event handlers and the daily job, in the caller's transaction.
 */
export async function reconcileCustomerRisks(
  tx: Tx,
  ctx: Ctx,
  customerId: string,
): Promise<ReconcileOutcome> {
  const at = ctx.clock.now();
  const [c] = await tx
    .select({
      id: customers.id,
      name: customers.name,
      ownerId: customers.ownerId,
      unitId: customers.unitId,
      limitFen: customers.creditLimitFen,
    })
    .from(customers)
    .where(eq(customers.id, customerId))
    .for('update');
  if (!c) return { raised: 0, closed: 0 };
  const { active, today } = await signalsOf(tx, c.id, c.limitFen, at);
  const existing = await tx
    .select()
    .from(risks)
    .where(and(eq(risks.customerId, c.id), eq(risks.source, 'system'), ne(risks.status, 'closed')));
  const outcome: ReconcileOutcome = { raised: 0, closed: 0 };
  for (const signal of riskSignals) {
    const open = existing.find((r) => r.signal === signal);
    if (active[signal] && !open) {
      if (await raise(tx, ctx, c, signal, today)) outcome.raised += 1;
    } else if (!active[signal] && open) {
      await resolve(tx, ctx, open);
      outcome.closed += 1;
    }
  }
  return outcome;
}

async function raise(
  tx: Tx,
  ctx: Ctx,
  c: { id: string; name: string; ownerId: string | null; unitId: string },
  signal: Signal,
  today: string,
): Promise<boolean> {
  const at = ctx.clock.now();
  const ownerId = await creditOwnerOf(tx, c, at);
  if (!ownerId) return false;
  const [scores, reviewDays] = await Promise.all([
    readPolicy(tx, riskSignalScores, at),
    readPolicy(tx, riskReviewDays, at),
  ]);
  const words = signalWords[signal].title;
  const [row] = await tx
    .insert(risks)
    .values({
      number: await nextRiskNumber(tx, at),
      title: `${c.name}：${words['zh-CN']} / ${c.name}: ${words.en}`,
      category: 'customer_credit',
      likelihood: scores[signal].likelihood,
      impact: scores[signal].impact,
      ownerId,
      unitId: c.unitId,
      reviewOn: addLocalDays(today, reviewDays),
      status: 'open',
      customerId: c.id,
      source: 'system',
      signal,
      createdAt: at,
      updatedAt: at,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) return false;
  await audit(tx, ctx, { entity: RISK_ENTITY, entityId: row.id, action: 'risk.raise', after: row });
  await syncReviewDue(tx, ctx, row, 'raised');
  await tellOwner(tx, ctx, row);
  await onCustomerTimeline(tx, ctx, row, 'risk.raised', {
    'zh-CN': `系统登记信用风险 ${row.number}：${words['zh-CN']}`,
    en: `The system raised credit risk ${row.number}: ${words.en}`,
  });
  return true;
}

async function resolve(tx: Tx, ctx: Ctx, risk: RiskRow): Promise<void> {
  const at = ctx.clock.now();
  const cleared = signalWords[risk.signal!].cleared;
  const note = `系统已解除：${cleared['zh-CN']} / Resolved by the system: ${cleared.en}`;
  const [after] = await tx
    .update(risks)
    .set({ status: 'closed', closedAt: at, closedNote: note, updatedAt: at })
    .where(eq(risks.id, risk.id))
    .returning();
  await audit(tx, ctx, {
    entity: RISK_ENTITY,
    entityId: risk.id,
    action: 'risk.resolve',
    before: risk,
    after,
  });
  await syncReviewDue(tx, ctx, after!, 'resolved');
  await notify(tx, ctx, {
    userId: risk.ownerId,
    event: 'risk.resolved',
    title: {
      'zh-CN': `风险 ${risk.number} 已由系统解除：${cleared['zh-CN']}`,
      en: `Risk ${risk.number} was resolved by the system: ${cleared.en}`,
    },
    subjectType: RISK_ENTITY,
    subjectId: risk.id,
    link: riskLink(risk.id),
  });
  await onCustomerTimeline(tx, ctx, after!, 'risk.closed', {
    'zh-CN': `信用风险 ${risk.number} ${note.split(' / ')[0]}`,
    en: `Credit risk ${risk.number}: ${note.split(' / ')[1]}`,
  });
}

/** The customers of some instalments (what a settlement touched). */
export async function customersOfInstalments(tx: Tx, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .selectDistinct({ id: instalments.customerId })
    .from(instalments)
    .where(inArray(instalments.id, ids));
  return rows.map((r) => r.id);
}

/**
 * RISK-1: the daily sweep — every customer with a signal or an unclosed system risk is
 * reconciled, each in its own transaction (day-based signals: overdue steps reached, watch
 * periods ended, a reversed payment).
 */
export async function reconcileAllCustomers(ctx: Ctx): Promise<ReconcileOutcome & { customers: number }> {
  const ids = await queryRows<{ id: string }>(
    ctx.db,
    sql`select c.id from customers c
        where c.credit_limit_fen is not null
          or exists (select 1 from instalments i where i.customer_id = c.id and i.superseded_at is null
                     and i.settled_fen < i.amount_fen)
          or exists (select 1 from write_offs w join contracts k on k.id = w.contract_id
                     where k.customer_id = c.id and w.status = 'approved')
          or exists (select 1 from risks r where r.customer_id = c.id and r.source = 'system' and r.status <> 'closed')
        order by c.id`,
  );
  const total = { raised: 0, closed: 0, customers: ids.length };
  for (const { id } of ids) {
    const o = await inTx(ctx, (tx) => reconcileCustomerRisks(tx, ctx, id));
    total.raised += o.raised;
    total.closed += o.closed;
  }
  return total;
}
