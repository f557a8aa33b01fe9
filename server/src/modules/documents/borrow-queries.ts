import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { latestRequestOf } from '../../platform/approvals/queries.js';
import { type Actor, type Ctx, requireActor } from '../../platform/context.js';
import { companyToday } from '../../platform/deadlines/company-date.js';
import { appError } from '../../platform/errors.js';
import { iso, isoOrNull, isUuid } from '../../platform/schemas.js';
import type { TBorrow, TBorrowQuery, TBorrowRow } from './schemas.js';
import { documentLendable, documentManaged } from './scope.js';
import type { borrowStatuses, confidentialityLevels } from './tables.js';

interface BorrowSqlRow {
  id: string;
  document_id: string;
  number: string;
  title: string;
  confidentiality: (typeof confidentialityLevels)[number];
  borrower_id: string;
  borrower_username: string;
  borrower_name: string;
  purpose: string;
  due_on: string;
  status: (typeof borrowStatuses)[number];
  overdue: boolean;
  decided_by: string | null;
  decider_username: string | null;
  decider_name: string | null;
  decided_at: Date | string | null;
  decision_note: string | null;
  signed_at: Date | string | null;
  signature_file_id: string | null;
  returned_at: Date | string | null;
  returned_to: string | null;
  returner_username: string | null;
  returner_name: string | null;
  return_note: string | null;
  created_at: Date | string;
  to_decide: boolean;
  total?: number;
}

const d = (v: Date | string) => (v instanceof Date ? v : new Date(v));
const ref = (id: string | null, username: string | null, name: string | null) =>
  id && username && name !== null ? { id, username, displayName: name } : null;

function toRow(r: BorrowSqlRow): TBorrowRow {
  return {
    id: r.id,
    document: { id: r.document_id, number: r.number, title: r.title, confidentiality: r.confidentiality },
    borrower: { id: r.borrower_id, username: r.borrower_username, displayName: r.borrower_name },
    purpose: r.purpose,
    dueOn: r.due_on,
    status: r.status,
    overdue: r.overdue === true,
    decidedBy: ref(r.decided_by, r.decider_username, r.decider_name),
    decidedAt: r.decided_at ? iso(d(r.decided_at)) : null,
    decisionNote: r.decision_note,
    signedAt: r.signed_at ? iso(d(r.signed_at)) : null,
    hasSignature: r.signature_file_id !== null,
    returnedAt: isoOrNull(r.returned_at ? d(r.returned_at) : null),
    returnedTo: ref(r.returned_to, r.returner_username, r.returner_name),
    returnNote: r.return_note,
    createdAt: iso(d(r.created_at)),
    toDecide: r.to_decide === true,
  };
}

/** Waiting for this person's approval now (either chain's flow). */
export const waitingFor = (userId: string): SQL => sql`exists (select 1 from approval_steps s
  join approval_requests r on r.id = s.request_id
  where r.doc_type in ('document_borrow', 'document_borrow_confidential') and r.doc_id = b.id::text
    and r.status = 'pending' and s.status = 'pending' and s.approver_id = ${userId})`;

/** Asked (now or before) to approve this loan. */
const approverOf = (userId: string): SQL => sql`exists (select 1 from approval_steps s
  join approval_requests r on r.id = s.request_id
  where r.doc_type in ('document_borrow', 'document_borrow_confidential') and r.doc_id = b.id::text
    and s.approver_id = ${userId})`;

/**
 * DOC-2: who reads a loan — the borrower, the room (keeper, document:manage or document:lend in
 * scope) and anyone asked to approve it.
 */
export function borrowReadable(actor: Actor): SQL {
  return sql`(b.borrower_id = ${actor.id} or ${documentManaged(actor)} or ${documentLendable(actor)}
    or ${approverOf(actor.id)})`;
}

const select = (
  actor: Actor,
  today: string,
) => sql`select b.id::text as id, b.document_id::text as document_id,
    documents.number, documents.title, documents.confidentiality,
    b.borrower_id::text as borrower_id, bu.username as borrower_username, bu.display_name as borrower_name,
    b.purpose, b.due_on::text as due_on, b.status,
    (b.status = 'lent' and b.due_on < ${today}::date) as overdue,
    b.decided_by::text as decided_by, du.username as decider_username, du.display_name as decider_name,
    b.decided_at, b.decision_note, b.signed_at, b.signature_file_id::text as signature_file_id,
    b.returned_at, b.returned_to::text as returned_to, ru.username as returner_username,
    ru.display_name as returner_name, b.return_note, b.created_at,
    ${waitingFor(actor.id)} as to_decide
  from document_borrows b
  join documents on documents.id = b.document_id
  join users bu on bu.id = b.borrower_id
  left join users du on du.id = b.decided_by
  left join users ru on ru.id = b.returned_to`;

/** The loans matching `where` (over `b` and `documents`) that the actor may read, newest first. */
export async function borrowRowsOf(
  db: DbOrTx,
  actor: Actor,
  today: string,
  where: SQL,
): Promise<TBorrowRow[]> {
  const rows = await queryRows<BorrowSqlRow>(
    db,
    sql`${select(actor, today)} where ${borrowReadable(actor)} and ${where}
      order by b.created_at desc, b.id limit 200`,
  );
  return rows.map(toRow);
}

/** DOC-2: the borrow log — mine, waiting for my approval, or the room's (per document or person). */
export async function listBorrows(ctx: Ctx, q: TBorrowQuery) {
  const actor = requireActor(ctx);
  const today = await companyToday(ctx.db, ctx.clock.now());
  const view =
    q.view === 'mine'
      ? sql`b.borrower_id = ${actor.id}`
      : q.view === 'decide'
        ? waitingFor(actor.id)
        : sql`(${documentManaged(actor)} or ${documentLendable(actor)})`;
  const filters = [
    q.status ? sql`b.status = ${q.status}` : null,
    q.documentId ? sql`b.document_id = ${q.documentId}` : null,
    q.borrowerId ? sql`b.borrower_id = ${q.borrowerId}` : null,
    q.overdue === 'true' ? sql`(b.status = 'lent' and b.due_on < ${today}::date)` : null,
    q.overdue === 'false' ? sql`not (b.status = 'lent' and b.due_on < ${today}::date)` : null,
  ].filter((x): x is SQL => x !== null);
  const where = sql.join([borrowReadable(actor), view, ...filters], sql` and `);
  const rows = await queryRows<BorrowSqlRow>(
    ctx.db,
    sql`select x.*, (count(*) over ())::int as total from (${select(actor, today)} where ${where}) x
      order by x.created_at desc, x.id limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`,
  );
  let total = Number(rows[0]?.total ?? 0);
  if (rows.length === 0 && q.page > 1) {
    const [c] = await queryRows<{ n: number }>(
      ctx.db,
      sql`select count(*)::int as n from (${select(actor, today)} where ${where}) x`,
    );
    total = Number(c?.n ?? 0);
  }
  return { items: rows.map(toRow), total, totalCapped: false, page: q.page, pageSize: q.pageSize };
}

/** DOC-2: one loan the actor may read (404 otherwise), with what they may do now. */
export async function getBorrow(db: DbOrTx, ctx: Ctx, id: string): Promise<TBorrow> {
  const actor = requireActor(ctx);
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const today = await companyToday(db, ctx.clock.now());
  const [row] = await borrowRowsOf(db, actor, today, sql`b.id = ${id}`);
  if (!row) throw appError('NOT_FOUND');
  const [lender] = await queryRows<{ ok: boolean }>(
    db,
    sql`select true as ok from document_borrows b join documents on documents.id = b.document_id
      where b.id = ${id} and (${documentLendable(actor)} or ${documentManaged(actor)})`,
  );
  const docType =
    row.document.confidentiality === 'confidential' ? 'document_borrow_confidential' : 'document_borrow';
  const request = await latestRequestOf(db, docType, id);
  const mine = row.borrower.id === actor.id;
  return {
    ...row,
    requestId: request?.status === 'pending' ? request.id : null,
    can: {
      decide: row.toDecide && row.status === 'pending',
      sign: mine && row.status === 'approved',
      withdraw: mine && (row.status === 'pending' || row.status === 'approved'),
      recordReturn: !!lender && row.status === 'lent',
    },
  };
}
