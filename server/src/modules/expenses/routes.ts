import { fileDownloadRoute } from '../../http/attachment-routes.js';
import { sendXlsx } from '../../http/send-file.js';
import type { App } from '../../http/types.js';
import { readSingleUpload } from '../../http/upload.js';
import { requireActor } from '../../platform/context.js';
import { ZFileMeta, ZFileParams } from '../../platform/files/schemas.js';
import { XLSX_MEDIA_TYPE, ZId, ZXlsxFile } from '../../platform/schemas.js';
import { getClaim, listClaims } from './claim-queries.js';
import { approveClaim, payClaim, rejectClaim, rejectLine } from './decide-claim.js';
import { exportClaimsOfMonth } from './export-claims.js';
import { createPreApproval, getPreApproval, listPreApprovals } from './pre-approvals.js';
import { listExpenseRatios } from './ratio.js';
import { addReceipt, readReceipt } from './receipts.js';
import {
  ZClaim,
  ZClaimApprove,
  ZClaimCreate,
  ZClaimExportQuery,
  ZClaimPage,
  ZClaimPay,
  ZClaimQuery,
  ZClaimReject,
  ZLineParams,
  ZLineReject,
  ZPreApproval,
  ZPreApprovalCreate,
  ZPreApprovalPage,
  ZPreApprovalQuery,
  ZRatioList,
  ZRatioQuery,
} from './schemas.js';
import { createClaim, submitClaim } from './submit-claim.js';

const tags = ['expenses'];
const apply = { permission: 'expense:apply' } as const;

/** EXP-1 … EXP-3, VIS-4: pre-approvals, claims (draft, receipts, submit, review, finance, pay), the month's export, the ratio. */
export function expenseRoutes(app: App) {
  app.get(
    '/api/expense-pre-approvals',
    { config: apply, schema: { tags, querystring: ZPreApprovalQuery, response: { 200: ZPreApprovalPage } } },
    (req) => listPreApprovals(req.ctx, req.query),
  );
  app.get(
    '/api/expense-pre-approvals/:id',
    { config: apply, schema: { tags, params: ZId, response: { 200: ZPreApproval } } },
    (req) => getPreApproval(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.post(
    '/api/expense-pre-approvals',
    { config: apply, schema: { tags, body: ZPreApprovalCreate, response: { 200: ZPreApproval } } },
    (req) => createPreApproval(req.ctx, req.body),
  );

  app.get(
    '/api/expense-claims',
    { config: apply, schema: { tags, querystring: ZClaimQuery, response: { 200: ZClaimPage } } },
    (req) => listClaims(req.ctx, req.query),
  );
  app.get(
    '/api/expense-claims/export',
    {
      config: { permission: 'expense:export' },
      schema: {
        tags,
        querystring: ZClaimExportQuery,
        produces: [XLSX_MEDIA_TYPE],
        response: { 200: ZXlsxFile },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportClaimsOfMonth(req.ctx, req.query)),
  );
  app.get(
    '/api/expense-claims/:id',
    { config: apply, schema: { tags, params: ZId, response: { 200: ZClaim } } },
    (req) => getClaim(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.post(
    '/api/expense-claims',
    { config: apply, schema: { tags, body: ZClaimCreate, response: { 200: ZClaim } } },
    (req) => createClaim(req.ctx, req.body),
  );
  app.post(
    '/api/expense-claims/:id/lines/:lineId/receipt',
    {
      config: apply,
      schema: { tags, params: ZLineParams, consumes: ['multipart/form-data'], response: { 200: ZFileMeta } },
    },
    async (req) => addReceipt(req.ctx, req.params.id, req.params.lineId, await readSingleUpload(req)),
  );
  fileDownloadRoute(app, {
    path: '/api/expense-claims/:id/receipts/:fileId',
    tags,
    permission: 'expense:apply',
    params: ZFileParams,
    read: (ctx, p) => readReceipt(ctx.db, requireActor(ctx), p.id, p.fileId),
  });
  app.post(
    '/api/expense-claims/:id/submit',
    { config: apply, schema: { tags, params: ZId, response: { 200: ZClaim } } },
    (req) => submitClaim(req.ctx, req.params.id),
  );
  app.post(
    '/api/expense-claims/:id/review/approve',
    {
      config: { permission: 'expense:review' },
      schema: { tags, params: ZId, body: ZClaimApprove, response: { 200: ZClaim } },
    },
    (req) =>
      approveClaim(req.ctx, req.params.id, 'review', {
        note: req.body.note ?? null,
        flagReason: req.body.flagReason ?? null,
      }),
  );
  app.post(
    '/api/expense-claims/:id/review/reject',
    {
      config: { permission: 'expense:review' },
      schema: { tags, params: ZId, body: ZClaimReject, response: { 200: ZClaim } },
    },
    (req) => rejectClaim(req.ctx, req.params.id, 'review', req.body.reason),
  );
  app.post(
    '/api/expense-claims/:id/finance/approve',
    {
      config: { permission: 'expense:finance' },
      schema: { tags, params: ZId, body: ZClaimApprove, response: { 200: ZClaim } },
    },
    (req) =>
      approveClaim(req.ctx, req.params.id, 'finance', {
        note: req.body.note ?? null,
        flagReason: req.body.flagReason ?? null,
      }),
  );
  app.post(
    '/api/expense-claims/:id/finance/reject',
    {
      config: { permission: 'expense:finance' },
      schema: { tags, params: ZId, body: ZClaimReject, response: { 200: ZClaim } },
    },
    (req) => rejectClaim(req.ctx, req.params.id, 'finance', req.body.reason),
  );
  app.post(
    '/api/expense-claims/:id/lines/:lineId/reject',
    {
      config: { permission: 'expense:read' },
      schema: { tags, params: ZLineParams, body: ZLineReject, response: { 200: ZClaim } },
    },
    (req) => rejectLine(req.ctx, req.params.id, req.params.lineId, req.body.reason),
  );
  app.post(
    '/api/expense-claims/:id/pay',
    {
      config: { permission: 'expense:finance' },
      schema: { tags, params: ZId, body: ZClaimPay, response: { 200: ZClaim } },
    },
    (req) => payClaim(req.ctx, req.params.id, req.body.paidOn),
  );

  app.get(
    '/api/expense-ratios',
    { config: apply, schema: { tags, querystring: ZRatioQuery, response: { 200: ZRatioList } } },
    (req) => listExpenseRatios(req.ctx, req.query),
  );
}
