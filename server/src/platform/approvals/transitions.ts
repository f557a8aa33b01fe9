import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.js';
import { audit } from '../audit/audit.js';
import { type Ctx, requireActor } from '../context.js';
import { appError } from '../errors.js';
import type { Localized } from '../i18n/lang.js';
import { notify } from '../notifications/notify.js';
import { type ApprovalFlow, type ApprovalHookInput, approvalFlow, docLink, flowSteps } from './flows.js';
import { latestRequestOf } from './queries.js';
import { resolveSteps } from './resolve.js';
import { approvalRequests, approvalSteps } from './tables.js';
import { canSeeApprovals } from './visibility.js';

type RequestRow = typeof approvalRequests.$inferSelect;

function flowOf(docType: string): ApprovalFlow {
  const flow = approvalFlow(docType);
  if (!flow) throw appError('NOT_FOUND');
  return flow;
}

/** Serialises transitions of one document across connections and app instances. */
async function lockDoc(tx: Tx, docType: string, docId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`approval:${docType}:${docId}`}))`);
}

async function loadRequest(tx: Tx, ctx: Ctx, requestId: string): Promise<RequestRow> {
  const actor = requireActor(ctx);
  const [peek] = await tx.select().from(approvalRequests).where(eq(approvalRequests.id, requestId));
  if (!peek || !(await canSeeApprovals(tx, actor.id, peek.docType, peek.docId))) throw appError('NOT_FOUND');
  await lockDoc(tx, peek.docType, peek.docId);
  const [row] = await tx.select().from(approvalRequests).where(eq(approvalRequests.id, requestId));
  return row!;
}

function hookInput(r: RequestRow): ApprovalHookInput {
  return { requestId: r.id, docType: r.docType, docId: r.docId, round: r.round };
}

function noticeLink(r: RequestRow): string {
  return docLink(r.docType, r.docId) ?? '/approvals';
}

async function tell(
  tx: Tx,
  ctx: Ctx,
  r: RequestRow,
  userId: string,
  event: string,
  title: Localized,
  body?: Localized,
) {
  await notify(tx, ctx, {
    userId,
    event,
    title,
    body,
    subjectType: r.docType,
    subjectId: r.docId,
    link: event === 'approval.pending' ? '/approvals?tab=pending' : noticeLink(r),
  });
}

async function stepsOf(tx: Tx, requestId: string) {
  return tx
    .select()
    .from(approvalSteps)
    .where(eq(approvalSteps.requestId, requestId))
    .orderBy(asc(approvalSteps.seq));
}

/**
 * Submits a document for approval (or, after a rejection or withdrawal, resubmits it as a
 * new round). The flow's steps are resolved now, from the policies in force now and the
 * org as it is now, and stored. The first approver is notified. Runs in the caller's
 * transaction so the document can change its own status with it.
 */
export async function submitForApproval(
  tx: Tx,
  ctx: Ctx,
  input: { docType: string; docId: string },
): Promise<RequestRow> {
  const actor = requireActor(ctx);
  const flow = flowOf(input.docType);
  await lockDoc(tx, input.docType, input.docId);
  const doc = await flow.describe(tx, input.docId);
  if (!doc) throw appError('NOT_FOUND');
  if (doc.ownerId !== actor.id) throw appError('APPROVAL_NOT_SUBMITTER');
  const latest = await latestRequestOf(tx, input.docType, input.docId);
  if (latest?.status === 'pending') throw appError('APPROVAL_ALREADY_PENDING');
  if (latest?.status === 'approved') throw appError('APPROVAL_ALREADY_APPROVED');

  const at = ctx.clock.now();
  const steps = await resolveSteps(
    tx,
    await flowSteps(tx, flow, at, doc.unitId),
    actor.id,
    doc,
    at,
    doc.unitId,
  );
  const [request] = await tx
    .insert(approvalRequests)
    .values({
      docType: input.docType,
      docId: input.docId,
      title: doc.title,
      submitterId: actor.id,
      unitId: doc.unitId,
      amountFen: doc.amountFen,
      status: 'pending',
      currentSeq: 1,
      round: (latest?.round ?? 0) + 1,
      submittedAt: at,
      createdAt: at,
      createdBy: actor.id,
      updatedAt: at,
    })
    .returning();
  const stored = await tx
    .insert(approvalSteps)
    .values(
      steps.map((s) => ({
        requestId: request!.id,
        seq: s.seq,
        rule: s.rule,
        approverId: s.approverId,
        escalatedReason: s.escalatedReason,
        status: s.seq === 1 ? ('pending' as const) : ('waiting' as const),
      })),
    )
    .returning();
  await flow.onSubmitted?.(tx, ctx, hookInput(request!));
  await tell(tx, ctx, request!, steps[0]!.approverId, 'approval.pending', {
    'zh-CN': `待您审批：${flow.label['zh-CN']}「${doc.title}」（${actor.displayName} 提交）`,
    en: `Awaiting your approval: ${flow.label.en} "${doc.title}" (from ${actor.displayName})`,
  });
  await audit(tx, ctx, {
    entity: 'approval_request',
    entityId: request!.id,
    action: request!.round > 1 ? 'approval.resubmit' : 'approval.submit',
    after: { request, steps: stored },
  });
  return request!;
}

/** The submitter resubmits the latest round after a rejection or a withdrawal: a new round, steps re-resolved. */
export async function resubmitApproval(tx: Tx, ctx: Ctx, requestId: string): Promise<RequestRow> {
  const actor = requireActor(ctx);
  const request = await loadRequest(tx, ctx, requestId);
  if (request.submitterId !== actor.id) throw appError('APPROVAL_NOT_SUBMITTER');
  const latest = await latestRequestOf(tx, request.docType, request.docId);
  if (latest?.id !== request.id || (request.status !== 'rejected' && request.status !== 'withdrawn')) {
    throw appError('APPROVAL_NOT_RESUBMITTABLE');
  }
  return submitForApproval(tx, ctx, { docType: request.docType, docId: request.docId });
}

async function currentStepFor(tx: Tx, ctx: Ctx, request: RequestRow) {
  const actor = requireActor(ctx);
  if (request.status !== 'pending') throw appError('APPROVAL_NOT_PENDING');
  // Nobody approves their own submission, whatever the steps say.
  if (request.submitterId === actor.id) throw appError('APPROVAL_SELF_APPROVAL');
  const steps = await stepsOf(tx, request.id);
  const current = steps.find((s) => s.seq === request.currentSeq);
  if (current?.status !== 'pending' || current.approverId !== actor.id) {
    throw appError('APPROVAL_NOT_CURRENT_APPROVER');
  }
  return { steps, current };
}

/** The current approver agrees: the next step becomes pending, or the request is approved. */
export async function approveStep(
  tx: Tx,
  ctx: Ctx,
  requestId: string,
  comment: string | null,
): Promise<RequestRow> {
  const request = await loadRequest(tx, ctx, requestId);
  const { steps, current } = await currentStepFor(tx, ctx, request);
  const flow = flowOf(request.docType);
  const at = ctx.clock.now();
  await tx
    .update(approvalSteps)
    .set({ status: 'approved', comment, decidedAt: at })
    .where(eq(approvalSteps.id, current.id));
  const next = steps.find((s) => s.seq === current.seq + 1);
  let after: RequestRow;
  if (next) {
    await tx.update(approvalSteps).set({ status: 'pending' }).where(eq(approvalSteps.id, next.id));
    [after] = (await tx
      .update(approvalRequests)
      .set({ currentSeq: next.seq, updatedAt: at })
      .where(eq(approvalRequests.id, request.id))
      .returning()) as [RequestRow];
    await flow.onAdvanced?.(tx, ctx, hookInput(after));
    const submitter = await submitterName(tx, request.submitterId);
    await tell(tx, ctx, after, next.approverId, 'approval.pending', {
      'zh-CN': `待您审批：${flow.label['zh-CN']}「${request.title}」（${submitter} 提交）`,
      en: `Awaiting your approval: ${flow.label.en} "${request.title}" (from ${submitter})`,
    });
  } else {
    [after] = (await tx
      .update(approvalRequests)
      .set({ status: 'approved', currentSeq: null, decidedAt: at, updatedAt: at })
      .where(eq(approvalRequests.id, request.id))
      .returning()) as [RequestRow];
    await flow.onApproved?.(tx, ctx, hookInput(after));
    await tell(tx, ctx, after, request.submitterId, 'approval.approved', {
      'zh-CN': `审批通过：${flow.label['zh-CN']}「${request.title}」`,
      en: `Approved: ${flow.label.en} "${request.title}"`,
    });
  }
  await audit(tx, ctx, {
    entity: 'approval_request',
    entityId: request.id,
    action: 'approval.approve',
    before: { request, step: current },
    after: { request: after, step: { ...current, status: 'approved', comment, decidedAt: at } },
  });
  return after;
}

/** The current approver refuses, with a reason: the request ends rejected; the document may be edited and resubmitted. */
export async function rejectStep(tx: Tx, ctx: Ctx, requestId: string, comment: string): Promise<RequestRow> {
  const request = await loadRequest(tx, ctx, requestId);
  const { current } = await currentStepFor(tx, ctx, request);
  const flow = flowOf(request.docType);
  const at = ctx.clock.now();
  await tx
    .update(approvalSteps)
    .set({ status: 'rejected', comment, decidedAt: at })
    .where(eq(approvalSteps.id, current.id));
  await tx
    .update(approvalSteps)
    .set({ status: 'cancelled' })
    .where(and(eq(approvalSteps.requestId, request.id), eq(approvalSteps.status, 'waiting')));
  const [after] = (await tx
    .update(approvalRequests)
    .set({ status: 'rejected', currentSeq: null, decidedAt: at, updatedAt: at })
    .where(eq(approvalRequests.id, request.id))
    .returning()) as [RequestRow];
  await flow.onRejected?.(tx, ctx, hookInput(after));
  await tell(
    tx,
    ctx,
    after,
    request.submitterId,
    'approval.rejected',
    {
      'zh-CN': `审批驳回：${flow.label['zh-CN']}「${request.title}」`,
      en: `Rejected: ${flow.label.en} "${request.title}"`,
    },
    { 'zh-CN': `驳回意见：${comment}`, en: `Reason: ${comment}` },
  );
  await audit(tx, ctx, {
    entity: 'approval_request',
    entityId: request.id,
    action: 'approval.reject',
    before: { request, step: current },
    after: { request: after, step: { ...current, status: 'rejected', comment, decidedAt: at } },
  });
  return after;
}

/** The submitter takes a pending request back; open steps are cancelled and the record unlocks. */
export async function withdrawApproval(tx: Tx, ctx: Ctx, requestId: string): Promise<RequestRow> {
  const actor = requireActor(ctx);
  const request = await loadRequest(tx, ctx, requestId);
  if (request.submitterId !== actor.id) throw appError('APPROVAL_NOT_SUBMITTER');
  if (request.status !== 'pending') throw appError('APPROVAL_NOT_PENDING');
  const flow = flowOf(request.docType);
  const at = ctx.clock.now();
  const open = await tx
    .update(approvalSteps)
    .set({ status: 'cancelled' })
    .where(
      and(eq(approvalSteps.requestId, request.id), inArray(approvalSteps.status, ['pending', 'waiting'])),
    )
    .returning();
  const [after] = (await tx
    .update(approvalRequests)
    .set({ status: 'withdrawn', currentSeq: null, decidedAt: at, updatedAt: at })
    .where(eq(approvalRequests.id, request.id))
    .returning()) as [RequestRow];
  await flow.onWithdrawn?.(tx, ctx, hookInput(after));
  const wasPending = open.find((s) => s.seq === request.currentSeq);
  if (wasPending) {
    await tell(tx, ctx, after, wasPending.approverId, 'approval.withdrawn', {
      'zh-CN': `申请已撤回：${flow.label['zh-CN']}「${request.title}」`,
      en: `Withdrawn: ${flow.label.en} "${request.title}"`,
    });
  }
  await audit(tx, ctx, {
    entity: 'approval_request',
    entityId: request.id,
    action: 'approval.withdraw',
    before: request,
    after,
  });
  return after;
}

async function submitterName(tx: Tx, userId: string): Promise<string> {
  const [row] = await queryRows<{ display_name: string }>(
    tx,
    sql`select display_name from users where id = ${userId}`,
  );
  return row?.display_name ?? '';
}
