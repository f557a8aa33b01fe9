import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import { type ApprovalHookInput, defineApprovalFlow } from '../../platform/approvals/flows.js';
import { submitForApproval } from '../../platform/approvals/transitions.js';
import type { Ctx } from '../../platform/context.js';
import { addLocalDays } from '../../platform/deadlines/calendar.js';
import { isUuid } from '../../platform/schemas.js';
import {
  type ContractRow,
  contractScope,
  contracts,
  type SigningPlanOutcome,
  setSigningPlanOutcome,
  type TPlannedInstalment,
} from '../contracts/index.js';
import { signingTermDays } from './plan.js';
import { planChangeApprovers } from './policies.js';

export const SIGNING_PLAN = 'signing_plan';

/**
 * AR-1 (第十五条, 回款需在合同签订后30天内完成): the first instalment date beyond the collection
 * period (the customer type's terms or `ar.collectionDays`, read now for the contract's unit)
 * after the signing date; null when every instalment falls within it.
 */
export async function instalmentBeyondTerm(tx: Tx, at: Date, contract: ContractRow): Promise<string | null> {
  const split = (contract.plannedInstalments as TPlannedInstalment[] | null) ?? [];
  if (split.length === 0 || !contract.signedOn) return null;
  const days = await signingTermDays(tx, at, contract);
  const last = addLocalDays(contract.signedOn, days);
  return split.map((i) => i.dueDate).find((d) => d > last) ?? null;
}

/**
 * AR-1: a split entered at signing with an instalment due beyond the collection period is
 * approved like a later plan change (the same chain policy: the nearest sales manager up the
 * entering person's chain, then finance) before the contract can be signed. True when submitted.
 */
export async function reviewSigningPlan(tx: Tx, ctx: Ctx, contract: ContractRow): Promise<boolean> {
  if (!(await instalmentBeyondTerm(tx, ctx.clock.now(), contract))) return false;
  await submitForApproval(tx, ctx, { docType: SIGNING_PLAN, docId: contract.id });
  return true;
}

function moveContract(outcome: SigningPlanOutcome) {
  return (tx: Tx, ctx: Ctx, req: ApprovalHookInput) => setSigningPlanOutcome(tx, ctx, req.docId, outcome);
}

export const signingPlanFlow = defineApprovalFlow({
  // AR-1: 待办 shows the customer and says why the plan waits for approval.
  todoFacts: {
    subject: (docId) =>
      sql`select c.name from contracts k join customers c on c.id = k.customer_id where k.id::text = ${docId}`,
    detail: (docId) => ({
      'zh-CN': sql`select k.number || ' · 回款计划超出回款期限' from contracts k where k.id::text = ${docId}`,
      en: sql`select k.number || ' · an instalment beyond the collection period' from contracts k where k.id::text = ${docId}`,
    }),
  },
  docType: SIGNING_PLAN,
  label: { 'zh-CN': '签约回款计划（超回款期限）', en: 'Payment plan at signing (beyond the period)' },
  chain: planChangeApprovers,
  async describe(db: DbOrTx, docId: string) {
    if (!isUuid(docId)) return null;
    const [row] = await db
      .select()
      .from(contracts)
      .where(and(eq(contracts.id, docId), inArray(contracts.status, ['entered', 'plan_review'])));
    if (!row?.enteredBy) return null;
    const split = (row.plannedInstalments as TPlannedInstalment[] | null) ?? [];
    return {
      title: `${row.number} ${row.title}`,
      amountFen: split.reduce((n, i) => n + BigInt(i.amountFen), 0n),
      unitId: row.unitId,
      // The person who entered the split submits it and may withdraw it.
      ownerId: row.enteredBy,
    };
  },
  async canRead(db, actor, docId) {
    if (!isUuid(docId)) return false;
    const rows = await db
      .select({ id: contracts.id })
      .from(contracts)
      .where(and(eq(contracts.id, docId), contractScope(actor, 'contract:read')));
    return rows.length > 0;
  },
  link: (docId) => `/contracts/${docId}`,
  onSubmitted: moveContract('submitted'),
  onApproved: moveContract('approved'),
  onRejected: moveContract('rejected'),
  onWithdrawn: moveContract('rejected'),
});
