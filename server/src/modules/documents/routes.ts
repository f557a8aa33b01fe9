import { fileDownloadRoute } from '../../http/attachment-routes.js';
import { sendXlsx } from '../../http/send-file.js';
import type { App } from '../../http/types.js';
import { readSingleUpload } from '../../http/upload.js';
import { ZFileParams } from '../../platform/files/schemas.js';
import { XLSX_MEDIA_TYPE, ZId, ZXlsxFile } from '../../platform/schemas.js';
import {
  approveBorrow,
  rejectBorrow,
  requestBorrow,
  returnBorrow,
  signatureOf,
  signBorrow,
  withdrawBorrow,
} from './borrow.js';
import { getBorrow, listBorrows } from './borrow-queries.js';
import { createDocument, updateDocument } from './catalogue.js';
import { exportDocuments } from './export-documents.js';
import { listDocuments } from './queries.js';
import { reviewDocument } from './review.js';
import {
  ZBorrow,
  ZBorrowApprove,
  ZBorrowCreate,
  ZBorrowPage,
  ZBorrowQuery,
  ZBorrowReject,
  ZBorrowReturn,
  ZBorrowSign,
  ZDocument,
  ZDocumentCreate,
  ZDocumentExportQuery,
  ZDocumentPage,
  ZDocumentQuery,
  ZDocumentReview,
  ZDocumentUpdate,
} from './schemas.js';
import { addVersion, downloadVersion, viewDocument } from './versions.js';

const tags = ['documents'];

/** DOC-1 … DOC-4: the catalogue, versions, retention review, and loans against a signature. */
export function documentRoutes(app: App) {
  app.get(
    '/api/documents',
    {
      config: { permission: 'document:read' },
      schema: { tags, querystring: ZDocumentQuery, response: { 200: ZDocumentPage } },
    },
    (req) => listDocuments(req.ctx, req.query),
  );
  app.get(
    '/api/documents/export',
    {
      config: { permission: 'document:export' },
      schema: {
        tags,
        querystring: ZDocumentExportQuery,
        produces: [XLSX_MEDIA_TYPE],
        response: { 200: ZXlsxFile },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportDocuments(req.ctx, req.query)),
  );
  app.get(
    '/api/documents/:id',
    { config: { permission: 'document:read' }, schema: { tags, params: ZId, response: { 200: ZDocument } } },
    (req) => viewDocument(req.ctx, req.params.id),
  );
  app.post(
    '/api/documents',
    {
      config: { permission: 'document:manage' },
      schema: { tags, body: ZDocumentCreate, response: { 200: ZDocument } },
    },
    (req) => createDocument(req.ctx, req.body),
  );
  app.patch(
    '/api/documents/:id',
    {
      config: { permission: 'document:manage' },
      schema: { tags, params: ZId, body: ZDocumentUpdate, response: { 200: ZDocument } },
    },
    (req) => updateDocument(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/documents/:id/review',
    {
      config: { permission: 'document:manage' },
      schema: { tags, params: ZId, body: ZDocumentReview, response: { 200: ZDocument } },
    },
    (req) => reviewDocument(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/documents/:id/versions',
    {
      config: { permission: 'document:manage' },
      schema: { tags, params: ZId, consumes: ['multipart/form-data'], response: { 200: ZDocument } },
    },
    async (req) => addVersion(req.ctx, req.params.id, await readSingleUpload(req)),
  );
  fileDownloadRoute(app, {
    path: '/api/documents/:id/versions/:fileId',
    tags,
    permission: 'document:read',
    params: ZFileParams,
    read: (ctx, p) => downloadVersion(ctx, p.id, p.fileId),
  });

  app.get(
    '/api/document-borrows',
    {
      config: { permission: 'document:borrow' },
      schema: { tags, querystring: ZBorrowQuery, response: { 200: ZBorrowPage } },
    },
    (req) => listBorrows(req.ctx, req.query),
  );
  app.get(
    '/api/document-borrows/:id',
    { config: { permission: 'document:borrow' }, schema: { tags, params: ZId, response: { 200: ZBorrow } } },
    (req) => getBorrow(req.ctx.db, req.ctx, req.params.id),
  );
  app.post(
    '/api/document-borrows',
    {
      config: { permission: 'document:borrow' },
      schema: { tags, body: ZBorrowCreate, response: { 200: ZBorrow } },
    },
    (req) => requestBorrow(req.ctx, req.body),
  );
  app.post(
    '/api/document-borrows/:id/approve',
    {
      config: { permission: 'document:lend' },
      schema: { tags, params: ZId, body: ZBorrowApprove, response: { 200: ZBorrow } },
    },
    (req) => approveBorrow(req.ctx, req.params.id, req.body.note ?? null),
  );
  app.post(
    '/api/document-borrows/:id/reject',
    {
      config: { permission: 'document:lend' },
      schema: { tags, params: ZId, body: ZBorrowReject, response: { 200: ZBorrow } },
    },
    (req) => rejectBorrow(req.ctx, req.params.id, req.body.reason),
  );
  app.post(
    '/api/document-borrows/:id/withdraw',
    {
      config: { permission: 'document:borrow' },
      schema: { tags, params: ZId, response: { 200: ZBorrow } },
    },
    (req) => withdrawBorrow(req.ctx, req.params.id),
  );
  app.post(
    '/api/document-borrows/:id/sign',
    {
      config: { permission: 'document:borrow' },
      schema: { tags, params: ZId, body: ZBorrowSign, response: { 200: ZBorrow } },
    },
    (req) => signBorrow(req.ctx, req.params.id, req.body.signature),
  );
  app.post(
    '/api/document-borrows/:id/return',
    {
      config: { permission: 'document:lend' },
      schema: { tags, params: ZId, body: ZBorrowReturn, response: { 200: ZBorrow } },
    },
    (req) => returnBorrow(req.ctx, req.params.id, req.body.note ?? null),
  );
  fileDownloadRoute(app, {
    path: '/api/document-borrows/:id/signature',
    tags,
    permission: 'document:borrow',
    params: ZId,
    read: (ctx, p) => signatureOf(ctx, p.id),
  });
}
