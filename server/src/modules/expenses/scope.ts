import { eq, or, type SQL, sql } from 'drizzle-orm';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { type expenseClaimLines, expenseClaims, expensePreApprovals } from './tables.js';

export const PRE_APPROVAL_DOC = 'expense_pre_approval';
export const CLAIM_DOC = 'expense_claim';
export const PRE_APPROVAL_ENTITY = 'expense_pre_approval';
export const CLAIM_ENTITY = 'expense_claim';
/** The files subject of a claim's receipts. */
export const CLAIM_SUBJECT = 'expense_claim';
export const RECEIPT_PURPOSE = 'receipt';

export type PreApprovalRow = typeof expensePreApprovals.$inferSelect;
export type ClaimRow = typeof expenseClaims.$inferSelect;
export type ClaimLineRow = typeof expenseClaimLines.$inferSelect;

export const preApprovalLink = (id: string) => `/expenses/pre-approvals/${id}`;
export const claimLink = (id: string) => `/expenses/claims/${id}`;

/** An approval step of this person on the document (asked, now or before). */
const approverOf = (docType: string, docId: SQL | unknown, userId: string): SQL =>
  sql`exists (select 1 from approval_steps s join approval_requests r on r.id = s.request_id
    where r.doc_type = ${docType} and r.doc_id = ${docId}::text and s.approver_id = ${userId})`;

/** Waiting for this person's decision now. */
export const claimWaitingFor = (userId: string): SQL => sql`exists (select 1 from approval_steps s
  join approval_requests r on r.id = s.request_id
  where r.doc_type = ${CLAIM_DOC} and r.doc_id = ${expenseClaims.id}::text and r.status = 'pending'
    and s.status = 'pending' and s.approver_id = ${userId})`;

export const preApprovalWaitingFor = (userId: string): SQL => sql`exists (select 1 from approval_steps s
  join approval_requests r on r.id = s.request_id
  where r.doc_type = ${PRE_APPROVAL_DOC} and r.doc_id = ${expensePreApprovals.id}::text and r.status = 'pending'
    and s.status = 'pending' and s.approver_id = ${userId})`;

/** EXP-3/ORG-5: who reads a claim — its maker, expense:read's scope, an approver of it, or finance. */
export function claimReadable(actor: Actor): SQL {
  return or(
    eq(expenseClaims.userId, actor.id),
    scopeCondition(actor, 'expense:read', { owner: expenseClaims.userId, unit: expenseClaims.unitId }),
    approverOf(CLAIM_DOC, expenseClaims.id, actor.id),
    actor.permissions['expense:finance'] ? sql`${expenseClaims.status} <> 'draft'` : sql`false`,
  )!;
}

/** EXP-2/ORG-5: who reads a pre-approval — its maker, expense:read's scope or an approver of it. */
export function preApprovalReadable(actor: Actor): SQL {
  return or(
    eq(expensePreApprovals.userId, actor.id),
    scopeCondition(actor, 'expense:read', {
      owner: expensePreApprovals.userId,
      unit: expensePreApprovals.unitId,
    }),
    approverOf(PRE_APPROVAL_DOC, expensePreApprovals.id, actor.id),
  )!;
}
