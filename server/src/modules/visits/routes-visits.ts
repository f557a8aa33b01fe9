import { fileDownloadRoute } from '../../http/attachment-routes.js';
import { sendXlsx } from '../../http/send-file.js';
import type { App } from '../../http/types.js';
import { readSingleUpload } from '../../http/upload.js';
import { requireActor } from '../../platform/context.js';
import {
  addAttachment,
  listAttachments,
  readAttachment,
  removeAttachment,
} from '../../platform/files/attachments.js';
import { ZFileList, ZFileMeta, ZFileParams } from '../../platform/files/schemas.js';
import { readPolicy } from '../../platform/policies/read.js';
import { XLSX_MEDIA_TYPE, ZId, ZOk, ZXlsxFile } from '../../platform/schemas.js';
import { addVisitPerson } from './add-visit-person.js';
import { cancelVisit } from './cancel-visit.js';
import { checkInVisit } from './check-in-visit.js';
import { checkOutVisit } from './check-out-visit.js';
import { createVisit } from './create-visit.js';
import { exportVisits } from './export-visits.js';
import { visitPurposes } from './policies.js';
import { prepareVisit } from './prepare-visit.js';
import { removeVisitPerson } from './remove-visit-person.js';
import { asVisitPhoto, visitPhotos } from './visit-photos.js';
import { getVisit, listVisits } from './visit-queries.js';
import {
  ZVisit,
  ZVisitCancel,
  ZVisitCheckIn,
  ZVisitCheckOut,
  ZVisitCreate,
  ZVisitPage,
  ZVisitPersonAdd,
  ZVisitPersonParams,
  ZVisitPrepare,
  ZVisitPurposes,
  ZVisitQuery,
} from './visit-schemas.js';

const tags = ['visits'];

/** VIS-3/VIS-4: visits — list and detail in scope, ad hoc create, prepare, check-in/out, people, photos, cancel. */
export function visitCoreRoutes(app: App) {
  app.get(
    '/api/visits',
    {
      config: { permission: 'visit:read' },
      schema: { tags, querystring: ZVisitQuery, response: { 200: ZVisitPage } },
    },
    (req) => listVisits(req.ctx.db, requireActor(req.ctx), req.query, req.ctx.clock.now()),
  );
  app.get(
    '/api/visits/export',
    {
      config: { permission: 'visit:export' },
      schema: { tags, querystring: ZVisitQuery, produces: [XLSX_MEDIA_TYPE], response: { 200: ZXlsxFile } },
    },
    async (req, reply) => sendXlsx(reply, await exportVisits(req.ctx, req.query)),
  );
  app.get(
    '/api/visits/purposes',
    { config: { permission: 'visit:read' }, schema: { tags, response: { 200: ZVisitPurposes } } },
    async (req) => ({
      purposes: await readPolicy(
        req.ctx.db,
        visitPurposes,
        req.ctx.clock.now(),
        requireActor(req.ctx).unitId,
      ),
    }),
  );
  app.get(
    '/api/visits/:id',
    { config: { permission: 'visit:read' }, schema: { tags, params: ZId, response: { 200: ZVisit } } },
    (req) => getVisit(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.post(
    '/api/visits',
    {
      config: { permission: 'visit:write' },
      schema: { tags, body: ZVisitCreate, response: { 200: ZVisit } },
    },
    (req) => createVisit(req.ctx, req.body),
  );
  app.post(
    '/api/visits/:id/prepare',
    {
      config: { permission: 'visit:write' },
      schema: { tags, params: ZId, body: ZVisitPrepare, response: { 200: ZVisit } },
    },
    (req) => prepareVisit(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/visits/:id/check-in',
    {
      config: { permission: 'visit:write' },
      schema: { tags, params: ZId, body: ZVisitCheckIn, response: { 200: ZVisit } },
    },
    (req) => checkInVisit(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/visits/:id/check-out',
    {
      config: { permission: 'visit:write' },
      schema: { tags, params: ZId, body: ZVisitCheckOut, response: { 200: ZVisit } },
    },
    (req) => checkOutVisit(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/visits/:id/cancel',
    {
      config: { permission: 'visit:write' },
      schema: { tags, params: ZId, body: ZVisitCancel, response: { 200: ZVisit } },
    },
    (req) => cancelVisit(req.ctx, req.params.id, req.body.reason),
  );
  app.post(
    '/api/visits/:id/people',
    {
      config: { permission: 'visit:write' },
      schema: { tags, params: ZId, body: ZVisitPersonAdd, response: { 200: ZVisit } },
    },
    (req) => addVisitPerson(req.ctx, req.params.id, req.body),
  );
  app.delete(
    '/api/visits/:id/people/:personId',
    {
      config: { permission: 'visit:write' },
      schema: { tags, params: ZVisitPersonParams, response: { 200: ZVisit } },
    },
    (req) => removeVisitPerson(req.ctx, req.params.id, req.params.personId),
  );

  // VIS-4: photos taken at the visit (images only), in the platform's files.
  app.get(
    '/api/visits/:id/photos',
    { config: { permission: 'visit:read' }, schema: { tags, params: ZId, response: { 200: ZFileList } } },
    (req) => listAttachments(req.ctx.db, requireActor(req.ctx), visitPhotos, req.params.id),
  );
  app.post(
    '/api/visits/:id/photos',
    {
      config: { permission: 'visit:write' },
      schema: { tags, params: ZId, consumes: ['multipart/form-data'], response: { 200: ZFileMeta } },
    },
    async (req) =>
      addAttachment(req.ctx, visitPhotos, req.params.id, asVisitPhoto(await readSingleUpload(req))),
  );
  fileDownloadRoute(app, {
    path: '/api/visits/:id/photos/:fileId',
    tags,
    permission: 'visit:read',
    params: ZFileParams,
    read: (ctx, p) => readAttachment(ctx.db, requireActor(ctx), visitPhotos, p.id, p.fileId),
  });
  app.delete(
    '/api/visits/:id/photos/:fileId',
    { config: { permission: 'visit:write' }, schema: { tags, params: ZFileParams, response: { 200: ZOk } } },
    (req) => removeAttachment(req.ctx, visitPhotos, req.params.id, req.params.fileId),
  );
}
