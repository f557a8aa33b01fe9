import type { App } from '../../http/types.js';
import { approvalHistory } from '../../platform/approvals/history.js';
import {
  listApprovalsDoneBy,
  listPendingApprovalsFor,
  listSubmissionsOf,
} from '../../platform/approvals/queries.js';
import { requireActor } from '../../platform/context.js';
import { ZId } from '../../platform/schemas.js';
import { approveRequest, rejectRequest } from './decide-approval.js';
import {
  ZApprovalHistory,
  ZApprovalListPage,
  ZApprovalPageQuery,
  ZApprovalStepPage,
  ZApproveBody,
  ZDocRef,
  ZRejectBody,
  ZSubmissionQuery,
} from './schemas.js';
import { resubmitRequest, submitDocument, withdrawRequest } from './submit-approval.js';

const tags = ['approvals'];

/**
 * 我的审批 / 我的申请 and the approval panel of any record. Everyone signed in may call these;
 * what each user sees and may do is decided per request (submitter, approver, chain above).
 */
export function approvalRoutes(app: App) {
  app.get(
    '/api/approvals/pending',
    {
      config: { permission: 'authenticated' },
      schema: { tags, querystring: ZApprovalPageQuery, response: { 200: ZApprovalStepPage } },
    },
    (req) => listPendingApprovalsFor(req.ctx.db, requireActor(req.ctx).id, req.query),
  );
  app.get(
    '/api/approvals/done',
    {
      config: { permission: 'authenticated' },
      schema: { tags, querystring: ZApprovalPageQuery, response: { 200: ZApprovalStepPage } },
    },
    (req) => listApprovalsDoneBy(req.ctx.db, requireActor(req.ctx).id, req.query),
  );
  app.get(
    '/api/approvals/submissions',
    {
      config: { permission: 'authenticated' },
      schema: { tags, querystring: ZSubmissionQuery, response: { 200: ZApprovalListPage } },
    },
    (req) => listSubmissionsOf(req.ctx.db, requireActor(req.ctx).id, req.query),
  );
  app.get(
    '/api/approvals/history',
    {
      config: { permission: 'authenticated' },
      schema: { tags, querystring: ZDocRef, response: { 200: ZApprovalHistory } },
    },
    (req) => approvalHistory(req.ctx.db, requireActor(req.ctx), req.query.docType, req.query.docId),
  );
  app.post(
    '/api/approvals/submit',
    {
      config: { permission: 'authenticated' },
      schema: { tags, body: ZDocRef, response: { 200: ZApprovalHistory } },
    },
    (req) => submitDocument(req.ctx, req.body),
  );
  app.post(
    '/api/approvals/:id/approve',
    {
      config: { permission: 'authenticated' },
      schema: { tags, params: ZId, body: ZApproveBody, response: { 200: ZApprovalHistory } },
    },
    (req) => approveRequest(req.ctx, req.params.id, req.body.comment ?? null),
  );
  app.post(
    '/api/approvals/:id/reject',
    {
      config: { permission: 'authenticated' },
      schema: { tags, params: ZId, body: ZRejectBody, response: { 200: ZApprovalHistory } },
    },
    (req) => rejectRequest(req.ctx, req.params.id, req.body.comment),
  );
  app.post(
    '/api/approvals/:id/withdraw',
    {
      config: { permission: 'authenticated' },
      schema: { tags, params: ZId, response: { 200: ZApprovalHistory } },
    },
    (req) => withdrawRequest(req.ctx, req.params.id),
  );
  app.post(
    '/api/approvals/:id/resubmit',
    {
      config: { permission: 'authenticated' },
      schema: { tags, params: ZId, response: { 200: ZApprovalHistory } },
    },
    (req) => resubmitRequest(req.ctx, req.params.id),
  );
}
