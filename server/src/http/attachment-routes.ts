import type { z } from 'zod';
import { type Ctx, requireActor } from '../platform/context.js';
import {
  type Attachments,
  addAttachment,
  listAttachments,
  readAttachment,
  removeAttachment,
} from '../platform/files/attachments.js';
import { ZFileDownload, ZFileList, ZFileMeta, ZFileParams } from '../platform/files/schemas.js';
import { ZId, ZOk } from '../platform/schemas.js';
import type { App, RoutePermission } from './types.js';
import { readSingleUpload, sendStoredFile } from './upload.js';

export interface AttachmentRoutes<P extends { id: string }> {
  /** The files of a record, e.g. `/api/customers/:id/attachments`; one file is `…/:fileId`. */
  path: `/api/${string}/:id/${string}`;
  tags: string[];
  /** Who lists and downloads (`read`), who uploads and removes (`write`); the record's scope decides further. */
  permissions: { read: RoutePermission; write: RoutePermission };
  attachments: Attachments<P>;
  /** Files that are never removed (e.g. a payment's slips) have no DELETE route. */
  removable?: boolean;
}

/**
 * The attachment routes of a record (ADR 10): list, upload (multipart, one file), download and,
 * unless the files stay for good, remove. Outside the actor's scope the record answers 404.
 */
export function attachmentRoutes<P extends { id: string }>(app: App, spec: AttachmentRoutes<P>): void {
  const { path, tags, permissions, attachments } = spec;
  app.get(
    path,
    { config: { permission: permissions.read }, schema: { tags, params: ZId, response: { 200: ZFileList } } },
    (req) => listAttachments(req.ctx.db, requireActor(req.ctx), attachments, req.params.id),
  );
  app.post(
    path,
    {
      config: { permission: permissions.write },
      schema: { tags, params: ZId, consumes: ['multipart/form-data'], response: { 200: ZFileMeta } },
    },
    async (req) => addAttachment(req.ctx, attachments, req.params.id, await readSingleUpload(req)),
  );
  fileDownloadRoute(app, {
    path: `${path}/:fileId`,
    tags,
    permission: permissions.read,
    params: ZFileParams,
    read: (ctx, p) => readAttachment(ctx.db, requireActor(ctx), attachments, p.id, p.fileId),
  });
  if (spec.removable === false) return;
  app.delete(
    `${path}/:fileId`,
    {
      config: { permission: permissions.write },
      schema: { tags, params: ZFileParams, response: { 200: ZOk } },
    },
    (req) => removeAttachment(req.ctx, attachments, req.params.id, req.params.fileId),
  );
}

/**
 * A route that sends one stored file (inline for images and PDF, else a download), found by
 * `read` from the route's params; the record's scope decides, 404 outside it.
 */
export function fileDownloadRoute<P extends z.ZodType>(
  app: App,
  spec: {
    path: string;
    tags: string[];
    permission: RoutePermission;
    params: P;
    read: (ctx: Ctx, params: z.output<P>) => Promise<{ fileName: string; mimeType: string; content: Buffer }>;
  },
): void {
  app.get(
    spec.path,
    {
      config: { permission: spec.permission },
      schema: {
        tags: spec.tags,
        params: spec.params,
        produces: ['application/octet-stream'],
        response: { 200: ZFileDownload },
      },
    },
    async (req, reply) => sendStoredFile(reply, await spec.read(req.ctx, req.params as z.output<P>)),
  );
}
