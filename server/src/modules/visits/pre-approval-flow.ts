import { eq, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { scopedExists } from '../../platform/access/scoped-exists.js';
import { defineApproverChain } from '../../platform/approvals/chain-policy.js';
import { type ApprovalHookInput, defineApprovalFlow } from '../../platform/approvals/flows.js';
import type { Ctx } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { customers } from '../customers/index.js';
import { visits } from './tables.js';
import { BEFORE_VISIT } from './visit-rules.js';
import { visitReadScope } from './visit-scope.js';

/** The approval document type of a visit's pre-approval (the document is the visit itself). */
export const VISIT_PRE_APPROVAL = 'visit_pre_approval';

/** VIS-4: who pre-approves a visit's expense, gift and entertainment: by default the direct superior. */
export const visitPreApprovers = defineApproverChain({
  id: 'visit.preApprovers',
  label: { 'zh-CN': '拜访费用与礼品招待预批人', en: 'Visit expense, gift and entertainment pre-approvers' },
  description: {
    'zh-CN': '拜访前申请的费用、礼品和招待依次由这些人预先批准（默认：直属上级）',
    en: 'The expense, gifts and entertainment applied for before a visit are approved in advance by these people in turn (default: the direct superior)',
  },
  ruleIds: ['VIS-4'],
  chapter: 'VIS',
  default: [{ kind: 'superior' }],
});

type PreApproval = (typeof visits.$inferSelect)['preApproval'];

function setPreApproval(preApproval: PreApproval) {
  return async (tx: Tx, ctx: Ctx, req: ApprovalHookInput) => {
    await tx.update(visits).set({ preApproval, updatedAt: ctx.clock.now() }).where(eq(visits.id, req.docId));
  };
}

/** What is asked for, in words: 费用 · 礼品：… · 招待：… (the amount is the request's own). */
const askedFor = (docId: SQL, lang: 'zh' | 'en') =>
  lang === 'zh'
    ? sql`select left(concat_ws(' · ',
        case when v.expense_fen > 0 then '费用' end,
        case when v.gift_note is not null then '礼品：' || v.gift_note end,
        case when v.entertainment_note is not null then '招待：' || v.entertainment_note end), 120)
        from visits v where v.id::text = ${docId}`
    : sql`select left(concat_ws(' · ',
        case when v.expense_fen > 0 then 'Expense' end,
        case when v.gift_note is not null then 'Gift: ' || v.gift_note end,
        case when v.entertainment_note is not null then 'Entertainment: ' || v.entertainment_note end), 120)
        from visits v where v.id::text = ${docId}`;

/**
 * VIS-4: gifts and entertainment need prior application, and so does the visit's expense. The
 * rep's preparation goes up the approver chain (visit.preApprovers); the visit keeps the
 * outcome (pending, approved, rejected). Linking the approved amount to the expenses module
 * (EXP-2) comes with that module.
 */
export const visitPreApprovalFlow = defineApprovalFlow({
  docType: VISIT_PRE_APPROVAL,
  label: { 'zh-CN': '拜访费用与礼品招待预批', en: 'Visit expense and gift pre-approval' },
  chain: visitPreApprovers,
  // 待办 shows the customer, the amount (the request's) and what is asked for.
  todoFacts: {
    subject: (docId) =>
      sql`select c.name from visits v join customers c on c.id = v.customer_id where v.id::text = ${docId}`,
    detail: (docId) => ({ 'zh-CN': askedFor(docId, 'zh'), en: askedFor(docId, 'en') }),
  },
  async describe(db, docId) {
    if (!isUuid(docId)) return null;
    const [row] = await db
      .select({ v: visits, customerName: customers.name })
      .from(visits)
      .innerJoin(customers, eq(customers.id, visits.customerId))
      .where(eq(visits.id, docId));
    if (!row) return null;
    return {
      title: `${row.customerName}（${row.v.plannedOn}）`,
      amountFen: row.v.expenseFen !== null && row.v.expenseFen > 0n ? row.v.expenseFen : null,
      unitId: row.v.unitId,
      ownerId: row.v.repId,
    };
  },
  canRead: (db, actor, docId) => scopedExists(db, visits, docId, visitReadScope(actor)),
  link: (docId) => `/visits/${docId}`,
  // Submitted again after a rejection or withdrawal: only for a visit not yet begun or cancelled.
  async onSubmitted(tx, ctx, req) {
    const [visit] = await tx
      .select({ status: visits.status })
      .from(visits)
      .where(eq(visits.id, req.docId))
      .for('update');
    if (!visit || !(BEFORE_VISIT as readonly string[]).includes(visit.status)) {
      throw appError('VISIT_WRONG_STATUS');
    }
    await setPreApproval('pending')(tx, ctx, req);
  },
  onApproved: setPreApproval('approved'),
  onRejected: setPreApproval('rejected'),
  // Withdrawn: no request stands; preparing the visit again submits a new one.
  onWithdrawn: setPreApproval('none'),
});
