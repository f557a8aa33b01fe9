import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { appError } from '../errors.js';
import { subordinateIdsSql } from '../org/tree.js';

/**
 * Who may see the approval history of a document: its submitters, its approvers, and
 * everyone above them in the superior chain (ORG-3: read access flows up the chain).
 * `docId` is a column or value; it is compared as text. Documents may OR this into their own
 * data scope so that an approver can open the record they are asked to decide.
 */
export function approvalParticipantCondition(
  userId: string,
  docType: string,
  docId: AnyPgColumn | SQL | string,
): SQL {
  return sql`exists (select 1 from approval_requests ar
    where ar.doc_type = ${docType} and ar.doc_id = ${docId}::text
      and (ar.submitter_id = ${userId}
        or ar.submitter_id in ${subordinateIdsSql(userId, { withSelf: false })}
        or exists (select 1 from approval_steps ast where ast.request_id = ar.id
          and (ast.approver_id = ${userId} or ast.approver_id in ${subordinateIdsSql(userId, { withSelf: false })}))))`;
}

export async function canSeeApprovals(db: DbOrTx, userId: string, docType: string, docId: string) {
  const rows = await queryRows<{ ok: boolean }>(
    db,
    sql`select ${approvalParticipantCondition(userId, docType, docId)} as ok`,
  );
  return rows[0]?.ok === true;
}

/** 404 for anyone who is neither a participant nor above one (the record does not exist for them). */
export async function assertCanSeeApprovals(db: DbOrTx, userId: string, docType: string, docId: string) {
  if (!(await canSeeApprovals(db, userId, docType, docId))) throw appError('NOT_FOUND');
}

/**
 * The lock: a document pending approval must not change. Documents call this before every
 * edit of their own fields (RECORD_LOCKED_PENDING_APPROVAL, 423).
 */
export async function assertNotPendingApproval(db: DbOrTx, docType: string, docId: string): Promise<void> {
  const rows = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from approval_requests
      where doc_type = ${docType} and doc_id = ${docId} and status = 'pending'`,
  );
  if (Number(rows[0]?.n ?? 0) > 0) throw appError('RECORD_LOCKED_PENDING_APPROVAL');
}
