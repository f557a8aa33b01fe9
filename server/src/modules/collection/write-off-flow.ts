import { eq, or, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import { scopedExists } from '../../platform/access/scoped-exists.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import { type ApprovalHookInput, defineApprovalFlow } from '../../platform/approvals/flows.js';
import { audit } from '../../platform/audit/audit.js';
import type { Actor, Ctx } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { moneyText } from '../../platform/money.js';
import { isUuid } from '../../platform/schemas.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { contracts } from '../contracts/index.js';
import { CUSTOMER_SUBJECT } from '../customers/index.js';
import { lockOpenInstalments, settle } from '../receivables/index.js';
import { writeOffApprovers } from './policies.js';
import { writeOffs } from './tables.js';

export const WRITE_OFF = 'write_off';

type Status = (typeof writeOffs.$inferSelect)['status'];

/** Who reads a write-off: the requester, and receivable:read's scope on the contract's owner and unit. */
export function writeOffReadScope(actor: Actor) {
  return or(
    eq(writeOffs.createdBy, actor.id),
    scopeCondition(actor, 'receivable:read', { owner: writeOffs.ownerId, unit: writeOffs.unitId }),
  )!;
}

function setStatus(status: Status) {
  return async (tx: Tx, ctx: Ctx, req: ApprovalHookInput) => {
    await tx.update(writeOffs).set({ status, updatedAt: ctx.clock.now() }).where(eq(writeOffs.id, req.docId));
  };
}

/**
 * AR-8: the GM approved — the written-off debt leaves the receivable: the contract's instalments
 * in force are settled oldest first with a confirmed write-off settlement. If the contract owes
 * less by now (paid or written off meanwhile), the approval fails (WRITE_OFF_EXCEEDS) and nothing
 * changes.
 */
async function applyWriteOff(tx: Tx, ctx: Ctx, req: ApprovalHookInput) {
  const [w] = await tx.select().from(writeOffs).where(eq(writeOffs.id, req.docId)).for('update');
  if (!w) throw appError('NOT_FOUND');
  const open = await lockOpenInstalments(tx, { contractId: w.contractId });
  const { allocations, leftoverFen } = await settle(tx, ctx, {
    sourceType: 'write_off',
    sourceId: w.id,
    instalments: open,
    amountFen: w.amountFen,
    confirmed: true,
  });
  if (leftoverFen > 0n) throw appError('WRITE_OFF_EXCEEDS');
  const at = ctx.clock.now();
  await tx.update(writeOffs).set({ status: 'approved', updatedAt: at }).where(eq(writeOffs.id, w.id));
  await audit(tx, ctx, {
    entity: 'write_off',
    entityId: w.id,
    action: 'write_off.apply',
    before: { status: w.status },
    after: {
      status: 'approved',
      allocations: allocations.map((a) => ({ ...a, amountFen: a.amountFen.toString() })),
    },
  });
  const [contract] = await tx
    .select({ number: contracts.number, customerId: contracts.customerId })
    .from(contracts)
    .where(eq(contracts.id, w.contractId));
  await addTimelineEvent(tx, ctx, {
    subjectType: CUSTOMER_SUBJECT,
    subjectId: contract!.customerId,
    kind: 'writeoff.approved',
    summary: {
      'zh-CN': `合同 ${contract!.number} 坏账核销 ${moneyText(w.amountFen)} 已获批准`,
      en: `Bad-debt write-off of ${moneyText(w.amountFen)} on contract ${contract!.number} approved`,
    },
    refType: 'write_off',
    refId: w.id,
    data: { amountFen: w.amountFen.toString() },
  });
}

/** AR-8: a bad-debt write-off goes to the nearest sales manager up the requester's chain, then the GM. */
export const writeOffFlow = defineApprovalFlow({
  // 待办 shows the customer and the reason for the write-off.
  todoFacts: {
    subject: (docId) =>
      sql`select c.name from write_offs w join contracts k on k.id = w.contract_id
        join customers c on c.id = k.customer_id where w.id::text = ${docId}`,
    detail: (docId) => ({
      'zh-CN': sql`select left(w.reason, 80) from write_offs w where w.id::text = ${docId}`,
      en: sql`select left(w.reason, 80) from write_offs w where w.id::text = ${docId}`,
    }),
  },
  docType: WRITE_OFF,
  label: { 'zh-CN': '坏账核销', en: 'Bad-debt write-off' },
  chain: writeOffApprovers,
  async describe(db: DbOrTx, docId: string) {
    if (!isUuid(docId)) return null;
    const [row] = await db
      .select({ w: writeOffs, number: contracts.number })
      .from(writeOffs)
      .innerJoin(contracts, eq(contracts.id, writeOffs.contractId))
      .where(eq(writeOffs.id, docId));
    if (!row) return null;
    return {
      title: `${row.number} 核销 ${moneyText(row.w.amountFen)}`,
      amountFen: row.w.amountFen,
      unitId: row.w.unitId,
      // The requester submits (and may withdraw) it.
      ownerId: row.w.createdBy ?? row.w.ownerId,
    };
  },
  async canRead(db, actor, docId) {
    return scopedExists(db, writeOffs, docId, writeOffReadScope(actor));
  },
  link: (docId) => `/receivables?tab=writeOffs&id=${docId}`,
  onSubmitted: setStatus('reviewing'),
  onApproved: applyWriteOff,
  onRejected: setStatus('rejected'),
  onWithdrawn: setStatus('draft'),
});
