import { and, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import type { Localized } from '../i18n/lang.js';
import { listPage, newestFirst, type Page } from '../lists/list-page.js';
import type { TUserRef } from '../schemas.js';
import { iso, isoOrNull } from '../schemas.js';
import { docLink, docTypeLabel } from './flows.js';
import { approvalRequests, approvalSteps } from './tables.js';

export interface Paging {
  page: number;
  pageSize: number;
}

export type { Page };

/** A person as approval lists show them. */
export type ApprovalUserRef = TUserRef;

export type ApprovalStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn';
export type StepStatus = 'waiting' | 'pending' | 'approved' | 'rejected' | 'cancelled';

/** One approval request as lists show it. */
export interface ApprovalListItem {
  requestId: string;
  docType: string;
  docTypeLabel: Localized;
  docId: string;
  title: string;
  /** Money in fen as a decimal string (bigint stays exact in JSON). */
  amountFen: string | null;
  link: string | null;
  status: ApprovalStatus;
  round: number;
  submitter: ApprovalUserRef;
  submittedAt: string;
  decidedAt: string | null;
  /** The step now waiting (null once decided) and how many steps the request has. */
  currentSeq: number | null;
  stepCount: number;
  currentApprover: ApprovalUserRef | null;
}

/** A step assigned to a user: pending for them, or decided by them. */
export interface ApprovalStepItem extends ApprovalListItem {
  stepId: string;
  seq: number;
  stepStatus: StepStatus;
  comment: string | null;
  stepDecidedAt: string | null;
}

const stepCount = sql<number>`(select count(*)::int from approval_steps s where s.request_id = approval_requests.id)`;
// The people on a row, read with it (no second query for their names).
const userJson = sql.raw(
  `json_build_object('id', u.id, 'username', u.username, 'displayName', u.display_name)`,
);
const submitter = sql<ApprovalUserRef | null>`(select ${userJson} from users u
  where u.id = approval_requests.submitter_id)`;
const currentApprover = sql<ApprovalUserRef | null>`(select ${userJson} from approval_steps s
  join users u on u.id = s.approver_id
  where s.request_id = approval_requests.id and s.status = 'pending' limit 1)`;

const requestColumns = {
  requestId: approvalRequests.id,
  docType: approvalRequests.docType,
  docId: approvalRequests.docId,
  title: approvalRequests.title,
  amountFen: approvalRequests.amountFen,
  status: approvalRequests.status,
  round: approvalRequests.round,
  submitterId: approvalRequests.submitterId,
  submittedAt: approvalRequests.submittedAt,
  decidedAt: approvalRequests.decidedAt,
  currentSeq: approvalRequests.currentSeq,
  stepCount,
  submitter,
  currentApprover,
};

type RequestRow = {
  requestId: string;
  docType: string;
  docId: string;
  title: string;
  amountFen: bigint | string | null;
  status: ApprovalStatus;
  round: number;
  submitterId: string;
  submittedAt: Date;
  decidedAt: Date | null;
  currentSeq: number | null;
  stepCount: number;
  submitter: ApprovalUserRef | null;
  currentApprover: ApprovalUserRef | null;
};

function unknownUser(id: string): ApprovalUserRef {
  return { id, username: '?', displayName: '?' };
}

function toListItem(row: RequestRow): ApprovalListItem {
  return {
    requestId: row.requestId,
    docType: row.docType,
    docTypeLabel: docTypeLabel(row.docType),
    docId: row.docId,
    title: row.title,
    amountFen: row.amountFen === null ? null : String(row.amountFen),
    link: docLink(row.docType, row.docId),
    status: row.status,
    round: row.round,
    submitter: row.submitter ?? unknownUser(row.submitterId),
    submittedAt: iso(row.submittedAt),
    decidedAt: isoOrNull(row.decidedAt),
    currentSeq: row.currentSeq,
    stepCount: Number(row.stepCount),
    currentApprover: row.currentApprover,
  };
}

const stepColumns = {
  ...requestColumns,
  stepId: approvalSteps.id,
  seq: approvalSteps.seq,
  stepStatus: approvalSteps.status,
  comment: approvalSteps.comment,
  stepDecidedAt: approvalSteps.decidedAt,
};

type StepRow = RequestRow & {
  stepId: string;
  seq: number;
  stepStatus: StepStatus;
  comment: string | null;
  stepDecidedAt: Date | null;
};

function toStepItem(r: StepRow): ApprovalStepItem {
  return {
    ...toListItem(r),
    stepId: r.stepId,
    seq: r.seq,
    stepStatus: r.stepStatus,
    comment: r.comment,
    stepDecidedAt: isoOrNull(r.stepDecidedAt),
  };
}

function stepPage(db: DbOrTx, where: SQL, paging: Paging, order: SQL): Promise<Page<ApprovalStepItem>> {
  return listPage({
    db,
    rows: db
      .select(stepColumns)
      .from(approvalSteps)
      .innerJoin(approvalRequests, eq(approvalRequests.id, approvalSteps.requestId))
      .$dynamic(),
    count: db
      .select()
      .from(approvalSteps)
      .innerJoin(approvalRequests, eq(approvalRequests.id, approvalSteps.requestId))
      .$dynamic(),
    // The steps of one approver: the caller's condition names them.
    scope: where,
    sort: { keys: { fixed: () => [order] }, default: 'fixed', order: 'desc', tieBreaker: approvalSteps.id },
    query: paging,
    toItems: (rows) => rows.map(toStepItem),
  });
}

const pendingFor = (userId: string) =>
  and(
    eq(approvalSteps.approverId, userId),
    eq(approvalSteps.status, 'pending'),
    eq(approvalRequests.status, 'pending'),
  )!;

/** 我的审批 · pending: steps now waiting for this user's decision, oldest submission first. */
export function listPendingApprovalsFor(
  db: DbOrTx,
  userId: string,
  paging: Paging,
): Promise<Page<ApprovalStepItem>> {
  return stepPage(db, pendingFor(userId), paging, sql`${approvalRequests.submittedAt} asc`);
}

/** The to-do badge: how many approvals wait for this user. */
export async function countPendingApprovalsFor(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await pendingApprovalsCountQuery(db, userId);
  return Number(row?.n ?? 0);
}

/** The query behind countPendingApprovalsFor, to be read with other counts in one statement. */
export function pendingApprovalsCountQuery(db: DbOrTx, userId: string) {
  return db
    .select({ n: count() })
    .from(approvalSteps)
    .innerJoin(approvalRequests, eq(approvalRequests.id, approvalSteps.requestId))
    .where(pendingFor(userId));
}

/** 我的审批 · done: steps this user approved or rejected, newest decision first. */
export function listApprovalsDoneBy(
  db: DbOrTx,
  userId: string,
  paging: Paging,
): Promise<Page<ApprovalStepItem>> {
  return stepPage(
    db,
    and(eq(approvalSteps.approverId, userId), inArray(approvalSteps.status, ['approved', 'rejected']))!,
    paging,
    sql`${approvalSteps.decidedAt} desc`,
  );
}

/**
 * 我的申请: the user's submissions, the latest round of each document only (earlier rounds
 * are in the record's history), newest first.
 */
export function listSubmissionsOf(
  db: DbOrTx,
  userId: string,
  paging: Paging & { status?: ApprovalStatus },
): Promise<Page<ApprovalListItem>> {
  return listPage({
    db,
    rows: db.select(requestColumns).from(approvalRequests).$dynamic(),
    count: db.select().from(approvalRequests).$dynamic(),
    scope: eq(approvalRequests.submitterId, userId),
    filters: [
      paging.status ? eq(approvalRequests.status, paging.status) : undefined,
      sql`not exists (select 1 from approval_requests later
        where later.doc_type = approval_requests.doc_type and later.doc_id = approval_requests.doc_id
          and later.round > approval_requests.round)`,
    ],
    sort: newestFirst(approvalRequests.submittedAt, approvalRequests.id),
    query: { page: paging.page, pageSize: paging.pageSize },
    toItems: (rows) => rows.map((r) => toListItem(r as RequestRow)),
  });
}

/** The latest approval request of a document (any status), or null if never submitted. */
export async function latestRequestOf(db: DbOrTx, docType: string, docId: string) {
  const [row] = await db
    .select()
    .from(approvalRequests)
    .where(and(eq(approvalRequests.docType, docType), eq(approvalRequests.docId, docId)))
    .orderBy(desc(approvalRequests.round))
    .limit(1);
  return row ?? null;
}
