import { sendXlsx } from '../../../http/send-file.js';
import type { App } from '../../../http/types.js';
import { readSingleUpload } from '../../../http/upload.js';
import { XLSX_MEDIA_TYPE, ZId, ZXlsxFile } from '../../../platform/schemas.js';
import { createTargetSet } from './create-set.js';
import { exportTargetSet } from './export-set.js';
import { importTargetSet } from './import-set.js';
import { saveTargetLines } from './save-lines.js';
import {
  ZLinesSave,
  ZSetCreate,
  ZSetKeyQuery,
  ZSetSubmit,
  ZSplitRequest,
  ZTargetSheet,
  ZTargetTree,
  ZTreeQuery,
} from './schemas.js';
import { currentSheet, sheetOfSet } from './sheet.js';
import { splitTargetSet } from './split-set.js';
import { submitTargetSet } from './submit-set.js';
import { targetTree } from './tree.js';

const tags = ['targets'];
const read = { permission: 'target:read' } as const;
const write = { permission: 'target:write' } as const;

/** PLAN-2/PLAN-3: the target tree and each unit's split — set, split, import, submit, export. */
export function targetSetRoutes(app: App) {
  app.get(
    '/api/target-sets/tree',
    { config: read, schema: { tags, querystring: ZTreeQuery, response: { 200: ZTargetTree } } },
    (req) => targetTree(req.ctx, req.query),
  );
  app.get(
    '/api/target-sets/current',
    { config: read, schema: { tags, querystring: ZSetKeyQuery, response: { 200: ZTargetSheet } } },
    (req) => currentSheet(req.ctx, req.query),
  );
  app.get(
    '/api/target-sets/:id',
    { config: read, schema: { tags, params: ZId, response: { 200: ZTargetSheet } } },
    (req) => sheetOfSet(req.ctx.db, req.ctx, req.params.id),
  );
  app.get(
    '/api/target-sets/:id/export',
    {
      config: { permission: 'target:export' },
      schema: { tags, params: ZId, produces: [XLSX_MEDIA_TYPE], response: { 200: ZXlsxFile } },
    },
    async (req, reply) => sendXlsx(reply, await exportTargetSet(req.ctx, req.params.id)),
  );
  app.post(
    '/api/target-sets',
    { config: write, schema: { tags, body: ZSetCreate, response: { 200: ZTargetSheet } } },
    (req) => createTargetSet(req.ctx, req.body),
  );
  app.put(
    '/api/target-sets/:id/lines',
    { config: write, schema: { tags, params: ZId, body: ZLinesSave, response: { 200: ZTargetSheet } } },
    (req) => saveTargetLines(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/target-sets/:id/split',
    { config: write, schema: { tags, params: ZId, body: ZSplitRequest, response: { 200: ZTargetSheet } } },
    (req) => splitTargetSet(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/target-sets/:id/submit',
    { config: write, schema: { tags, params: ZId, body: ZSetSubmit, response: { 200: ZTargetSheet } } },
    (req) => submitTargetSet(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/target-sets/:id/import',
    {
      config: write,
      // multipart/form-data: `file` (.xlsx or .csv) in the layout of the export
      schema: { tags, params: ZId, consumes: ['multipart/form-data'], response: { 200: ZTargetSheet } },
    },
    async (req) => importTargetSet(req.ctx, req.params.id, await readSingleUpload(req)),
  );
}
