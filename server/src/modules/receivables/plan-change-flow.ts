import { and, eq, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows, type Tx } from '../../db/client.js';
import { type ApprovalHookInput, defineApprovalFlow } from '../../platform/approvals/flows.js';
import { audit } from '../../platform/audit/audit.js';
import type { Ctx } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { contractScope, contracts } from '../contracts/index.js';
import { lockOpenInstalments } from './allocate.js';
import { contractById } from './contract-access.js';
import { insertInstalments } from './plan.js';
import { planChangeApprovers } from './policies.js';
import { instalments, planChanges } from './tables.js';

export const PLAN_CHANGE = 'plan_change';

type Status = (typeof planChanges.$inferSelect)['status'];

export interface ProposedInstalment {
  dueDate: string;
  amountFen: string;
}

function setStatus(status: Status) {
  return async (tx: Tx, ctx: Ctx, req: ApprovalHookInput) => {
    await tx
      .update(planChanges)
      .set({ status, updatedAt: ctx.clock.now() })
      .where(eq(planChanges.id, req.docId));
  };
}

/**
 * AR-1: the instalments a plan change re-spreads — in force, still open beyond what is reserved,
 * and with no payment awaiting confirmation on them (those stay until finance decides, so a
 * rejected payment never frees money on a superseded row). Partly settled rows are included:
 * their settled part stays collected on the old row, the new rows cover the rest.
 */
export async function replaceableInstalments(tx: Tx, contractId: string) {
  const open = await lockOpenInstalments(tx, { contractId });
  if (open.length === 0) return [];
  const rows = await queryRows<{ instalment_id: string }>(
    tx,
    sql`select distinct instalment_id from settlements
        where released_at is null and confirmed_at is null
          and instalment_id in (${sql.join(
            open.map((i) => sql`${i.id}`),
            sql`, `,
          )})`,
  );
  const held = new Set(rows.map((r) => r.instalment_id));
  return open.filter((i) => !held.has(i.id) && i.amountFen - i.reservedFen > 0n);
}

/** AR-1: on approval the open instalments are superseded and the proposed ones come in force as a new version. */
async function applyPlanChange(tx: Tx, ctx: Ctx, req: ApprovalHookInput) {
  const [change] = await tx.select().from(planChanges).where(eq(planChanges.id, req.docId));
  if (!change) throw appError('NOT_FOUND');
  const contract = await contractById(tx, change.contractId);
  if (!contract) throw appError('NOT_FOUND');
  const replaced = await replaceableInstalments(tx, contract.id);
  const openFen = replaced.reduce((n, i) => n + (i.amountFen - i.reservedFen), 0n);
  const proposed = (change.proposed as ProposedInstalment[]).map((p) => ({
    dueDate: p.dueDate,
    amountFen: BigInt(p.amountFen),
  }));
  const proposedFen = proposed.reduce((n, p) => n + p.amountFen, 0n);
  // Money arrived or a supplement changed the plan since the request: it no longer adds up.
  if (proposedFen !== openFen) throw appError('PLAN_SUM_MISMATCH');
  const at = ctx.clock.now();
  for (const i of replaced)
    await tx.update(instalments).set({ supersededAt: at, updatedAt: at }).where(eq(instalments.id, i.id));
  const [version] = await tx
    .select({ v: sql<number>`coalesce(max(${instalments.planVersion}), 1)::int` })
    .from(instalments)
    .where(eq(instalments.contractId, contract.id));
  const inserted = await insertInstalments(
    tx,
    ctx,
    contract,
    [...proposed].sort((a, b) => a.dueDate.localeCompare(b.dueDate)),
    'plan_change',
    change.id,
    Number(version?.v ?? 1) + 1,
  );
  await tx
    .update(planChanges)
    .set({ status: 'approved', updatedAt: at })
    .where(eq(planChanges.id, change.id));
  await audit(tx, ctx, {
    entity: 'plan_change',
    entityId: change.id,
    action: 'plan_change.apply',
    before: { superseded: replaced.map((i) => i.id) },
    after: { instalments: inserted.map((i) => i.id) },
  });
}

/**
 * AR-1: a change of a signed contract's payment plan goes to the nearest sales manager up the
 * requester's chain, then finance.
 */
export const planChangeFlow = defineApprovalFlow({
  // 待办 shows the customer and the reason for the change.
  todoFacts: {
    subject: (docId) =>
      sql`select c.name from plan_changes p join contracts k on k.id = p.contract_id
        join customers c on c.id = k.customer_id where p.id::text = ${docId}`,
    detail: (docId) => ({
      'zh-CN': sql`select left(p.reason, 80) from plan_changes p where p.id::text = ${docId}`,
      en: sql`select left(p.reason, 80) from plan_changes p where p.id::text = ${docId}`,
    }),
  },
  docType: PLAN_CHANGE,
  label: { 'zh-CN': '回款计划变更', en: 'Payment plan change' },
  chain: planChangeApprovers,
  async describe(db: DbOrTx, docId: string) {
    if (!isUuid(docId)) return null;
    const [row] = await db
      .select({ change: planChanges, number: contracts.number })
      .from(planChanges)
      .innerJoin(contracts, eq(contracts.id, planChanges.contractId))
      .where(eq(planChanges.id, docId));
    if (!row) return null;
    const total = (row.change.proposed as ProposedInstalment[]).reduce((n, p) => n + BigInt(p.amountFen), 0n);
    return {
      title: `${row.number}`,
      amountFen: total,
      unitId: row.change.unitId,
      ownerId: row.change.ownerId,
    };
  },
  async canRead(db, actor, docId) {
    if (!isUuid(docId)) return false;
    const rows = await db
      .select({ id: planChanges.id })
      .from(planChanges)
      .innerJoin(contracts, eq(contracts.id, planChanges.contractId))
      .where(and(eq(planChanges.id, docId), contractScope(actor, 'payment:read')));
    return rows.length > 0;
  },
  link: (docId) => `/payments?planChange=${docId}`,
  onSubmitted: setStatus('reviewing'),
  onApproved: applyPlanChange,
  onRejected: setStatus('rejected'),
  onWithdrawn: setStatus('draft'),
});
