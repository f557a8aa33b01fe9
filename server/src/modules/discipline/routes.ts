import { fileDownloadRoute } from '../../http/attachment-routes.js';
import { sendXlsx } from '../../http/send-file.js';
import type { App } from '../../http/types.js';
import { readSingleUpload } from '../../http/upload.js';
import { requireActor } from '../../platform/context.js';
import { addAttachment, listAttachments, readAttachment } from '../../platform/files/attachments.js';
import { ZFileList, ZFileMeta, ZFileParams } from '../../platform/files/schemas.js';
import { XLSX_MEDIA_TYPE, ZId, ZXlsxFile } from '../../platform/schemas.js';
import { appealTargets, appealViolation, cancelViolation, decideAppeal } from './appeal.js';
import { violationEvidence } from './evidence.js';
import { exportFines } from './export-fines.js';
import { getSanction, getViolation, listSanctions, listViolations } from './queries.js';
import { disciplineRecord } from './record.js';
import { recordViolation } from './record-by-hand.js';
import { proposeSanction } from './sanctions.js';
import {
  ZAppealTargets,
  ZDisciplineRecord,
  ZFinesExportQuery,
  ZRecordQuery,
  ZSanction,
  ZSanctionCreate,
  ZSanctionPage,
  ZSanctionQuery,
  ZViolation,
  ZViolationAppeal,
  ZViolationCancel,
  ZViolationCreate,
  ZViolationDecision,
  ZViolationPage,
  ZViolationQuery,
} from './schemas.js';

const tags = ['discipline'];

/** PEN-1/PEN-2/PEN-4, ORG-3: the violations register, appeals, fines export and sanctions. */
export function disciplineRoutes(app: App) {
  app.get(
    '/api/violations',
    {
      config: { permission: 'violation:read' },
      schema: { tags, querystring: ZViolationQuery, response: { 200: ZViolationPage } },
    },
    (req) => listViolations(req.ctx.db, requireActor(req.ctx), req.query, req.ctx.clock.now()),
  );
  app.get(
    '/api/violations/appeal-targets',
    { config: { permission: 'violation:appeal' }, schema: { tags, response: { 200: ZAppealTargets } } },
    (req) => appealTargets(req.ctx.db, requireActor(req.ctx)),
  );
  app.get(
    '/api/violations/fines-export',
    {
      config: { permission: 'violation:export' },
      schema: {
        tags,
        querystring: ZFinesExportQuery,
        produces: [XLSX_MEDIA_TYPE],
        response: { 200: ZXlsxFile },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportFines(req.ctx, req.query)),
  );
  app.get(
    '/api/violations/record',
    {
      config: { permission: 'violation:read' },
      schema: { tags, querystring: ZRecordQuery, response: { 200: ZDisciplineRecord } },
    },
    (req) => disciplineRecord(req.ctx.db, requireActor(req.ctx), req.query.userId),
  );
  app.get(
    '/api/violations/:id',
    {
      config: { permission: 'violation:read' },
      schema: { tags, params: ZId, response: { 200: ZViolation } },
    },
    (req) => getViolation(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.post(
    '/api/violations',
    {
      config: { permission: 'violation:record' },
      schema: { tags, body: ZViolationCreate, response: { 200: ZViolation } },
    },
    (req) => recordViolation(req.ctx, req.body),
  );
  app.post(
    '/api/violations/:id/appeal',
    {
      config: { permission: 'violation:appeal' },
      schema: { tags, params: ZId, body: ZViolationAppeal, response: { 200: ZViolation } },
    },
    (req) => appealViolation(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/violations/:id/decide',
    {
      config: { permission: 'violation:read' },
      schema: { tags, params: ZId, body: ZViolationDecision, response: { 200: ZViolation } },
    },
    (req) => decideAppeal(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/violations/:id/cancel',
    {
      config: { permission: 'violation:record' },
      schema: { tags, params: ZId, body: ZViolationCancel, response: { 200: ZViolation } },
    },
    (req) => cancelViolation(req.ctx, req.params.id, req.body),
  );
  // PEN-2: evidence files of a violation.
  app.get(
    '/api/violations/:id/evidence',
    { config: { permission: 'violation:read' }, schema: { tags, params: ZId, response: { 200: ZFileList } } },
    (req) => listAttachments(req.ctx.db, requireActor(req.ctx), violationEvidence, req.params.id),
  );
  app.post(
    '/api/violations/:id/evidence',
    {
      config: { permission: 'violation:record' },
      schema: { tags, params: ZId, consumes: ['multipart/form-data'], response: { 200: ZFileMeta } },
    },
    async (req) => addAttachment(req.ctx, violationEvidence, req.params.id, await readSingleUpload(req)),
  );
  fileDownloadRoute(app, {
    path: '/api/violations/:id/evidence/:fileId',
    tags,
    permission: 'violation:read',
    params: ZFileParams,
    read: (ctx, p) => readAttachment(ctx.db, requireActor(ctx), violationEvidence, p.id, p.fileId),
  });

  app.get(
    '/api/sanctions',
    {
      config: { permission: 'sanction:read' },
      schema: { tags, querystring: ZSanctionQuery, response: { 200: ZSanctionPage } },
    },
    (req) => listSanctions(req.ctx.db, requireActor(req.ctx), req.query),
  );
  app.get(
    '/api/sanctions/:id',
    { config: { permission: 'sanction:read' }, schema: { tags, params: ZId, response: { 200: ZSanction } } },
    (req) => getSanction(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.post(
    '/api/sanctions',
    {
      config: { permission: 'sanction:propose' },
      schema: { tags, body: ZSanctionCreate, response: { 200: ZSanction } },
    },
    (req) => proposeSanction(req.ctx, req.body),
  );
}
