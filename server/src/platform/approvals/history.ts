import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import type { Actor } from '../context.js';
import { appError } from '../errors.js';
import type { Localized } from '../i18n/lang.js';
import { userRefs } from '../org/refs.js';
import { iso, isoOrNull } from '../schemas.js';
import { approvalFlow, docLink, docTypeLabel } from './flows.js';
import type { ApprovalStatus, ApprovalUserRef, StepStatus } from './queries.js';
import type { StoredRule } from './resolve.js';
import { approvalRequests, approvalSteps } from './tables.js';
import { canSeeApprovals } from './visibility.js';

export interface ApprovalHistoryStep {
  id: string;
  seq: number;
  rule: StoredRule;
  approver: ApprovalUserRef;
  status: StepStatus;
  comment: string | null;
  decidedAt: string | null;
  escalatedReason: string | null;
}

export interface ApprovalRound {
  requestId: string;
  round: number;
  status: ApprovalStatus;
  title: string;
  amountFen: string | null;
  submitter: ApprovalUserRef;
  submittedAt: string;
  decidedAt: string | null;
  steps: ApprovalHistoryStep[];
}

/** A record's approvals: every round newest first, and what the asking user may do now. */
export interface ApprovalHistory {
  docType: string;
  docTypeLabel: Localized;
  docId: string;
  link: string | null;
  /** Status of the latest round; `none` if the document was never submitted. */
  status: ApprovalStatus | 'none';
  /** True while pending: the document refuses edits. */
  locked: boolean;
  latestRequestId: string | null;
  currentApprover: ApprovalUserRef | null;
  /** The buttons the server allows this user; the web shows exactly these. */
  actions: { submit: boolean; approve: boolean; reject: boolean; withdraw: boolean; resubmit: boolean };
  rounds: ApprovalRound[];
}

/**
 * The approval history of a record. Visible to its submitters and approvers and everyone
 * above them in the chain (ORG-3 skip-level read), and to whoever the document's own scope
 * admits; anyone else gets 404.
 */
export async function approvalHistory(
  db: DbOrTx,
  actor: Actor,
  docType: string,
  docId: string,
): Promise<ApprovalHistory> {
  const flow = approvalFlow(docType);
  if (!flow) throw appError('NOT_FOUND');
  const participant = await canSeeApprovals(db, actor.id, docType, docId);
  if (!participant && !(await flow.canRead?.(db, actor, docId))) throw appError('NOT_FOUND');

  const requests = await db
    .select()
    .from(approvalRequests)
    .where(and(eq(approvalRequests.docType, docType), eq(approvalRequests.docId, docId)))
    .orderBy(desc(approvalRequests.round));
  const steps =
    requests.length === 0
      ? []
      : await db
          .select()
          .from(approvalSteps)
          .where(
            inArray(
              approvalSteps.requestId,
              requests.map((r) => r.id),
            ),
          )
          .orderBy(asc(approvalSteps.seq));
  const refs = await userRefs(db, [...requests.map((r) => r.submitterId), ...steps.map((s) => s.approverId)]);
  const ref = (id: string) => refs.get(id) ?? { id, username: '?', displayName: '?' };

  const latest = requests[0];
  const current =
    latest?.status === 'pending'
      ? steps.find((s) => s.requestId === latest.id && s.status === 'pending')
      : undefined;
  const isSubmitter = latest?.submitterId === actor.id;
  let submit = false;
  if (!latest || latest.status === 'rejected' || latest.status === 'withdrawn') {
    const doc = await flow.describe(db, docId);
    submit = doc?.ownerId === actor.id;
  }

  return {
    docType,
    docTypeLabel: docTypeLabel(docType),
    docId,
    link: docLink(docType, docId),
    status: latest?.status ?? 'none',
    locked: latest?.status === 'pending',
    latestRequestId: latest?.id ?? null,
    currentApprover: current ? ref(current.approverId) : null,
    actions: {
      submit: submit && !latest,
      approve: !!current && current.approverId === actor.id && !isSubmitter,
      reject: !!current && current.approverId === actor.id && !isSubmitter,
      withdraw: latest?.status === 'pending' && isSubmitter,
      resubmit: submit && !!latest && isSubmitter,
    },
    rounds: requests.map((r) => ({
      requestId: r.id,
      round: r.round,
      status: r.status,
      title: r.title,
      amountFen: r.amountFen === null ? null : String(r.amountFen),
      submitter: ref(r.submitterId),
      submittedAt: iso(r.submittedAt),
      decidedAt: isoOrNull(r.decidedAt),
      steps: steps
        .filter((s) => s.requestId === r.id)
        .map((s) => ({
          id: s.id,
          seq: s.seq,
          rule: s.rule as StoredRule,
          approver: ref(s.approverId),
          status: s.status,
          comment: s.comment,
          decidedAt: isoOrNull(s.decidedAt),
          escalatedReason: s.escalatedReason,
        })),
    })),
  };
}
