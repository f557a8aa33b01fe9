import type { AppOptions } from '../../http/app.js';
import { sendXlsx } from '../../http/send-file.js';
import type { App } from '../../http/types.js';
import { readSingleUpload } from '../../http/upload.js';
import { requireActor } from '../../platform/context.js';
import { buildErrorWorkbook } from '../../platform/imports/error-workbook.js';
import { getImportRun, importRunInScope, listMyImportRuns } from '../../platform/imports/run-queries.js';
import { importRunnerFor } from '../../platform/imports/runner.js';
import { ZImportRun, ZImportRunList } from '../../platform/imports/schemas.js';
import { XLSX_MEDIA_TYPE, ZId, ZXlsxFile } from '../../platform/schemas.js';
import { customerImportColumns } from './import/columns.js';
import { CUSTOMER_IMPORT_KIND } from './import/customer-import.js';
import { startCustomerImport } from './import/start-customer-import.js';
import { customerImportTemplate } from './import/template.js';

const tags = ['customers'];
const permission = 'customer:import';

/** CUS-1 Excel import of the customer file (issue item 9): template, upload, progress, bad rows. */
export function customerImportRoutes(app: App, opts: Pick<AppOptions, 'database' | 'clock'>) {
  // The background runner of this app's database; on shutdown it finishes its batch and requeues.
  const runner = importRunnerFor(opts.database.db, opts.clock, (err) =>
    app.log.error({ err }, 'import run failed'),
  );
  app.addHook('onClose', () => runner.stop());

  app.get(
    '/api/customers/import/template',
    {
      config: { permission },
      schema: { tags, produces: [XLSX_MEDIA_TYPE], response: { 200: ZXlsxFile } },
    },
    async (req, reply) => sendXlsx(reply, await customerImportTemplate(req.ctx)),
  );
  app.post(
    '/api/customers/import',
    {
      config: { permission },
      // multipart/form-data: `file` (.xlsx or .csv) and optionally `ownerId` (sent before the file)
      schema: { tags, consumes: ['multipart/form-data'], response: { 200: ZImportRun } },
    },
    async (req) => startCustomerImport(req.ctx, await readSingleUpload(req)),
  );
  app.get(
    '/api/customers/imports',
    { config: { permission }, schema: { tags, response: { 200: ZImportRunList } } },
    async (req) => ({
      items: await listMyImportRuns(req.ctx.db, requireActor(req.ctx), CUSTOMER_IMPORT_KIND, req.ctx.lang),
    }),
  );
  app.get(
    '/api/customers/import/:id',
    { config: { permission }, schema: { tags, params: ZId, response: { 200: ZImportRun } } },
    (req) =>
      getImportRun(
        req.ctx.db,
        requireActor(req.ctx),
        CUSTOMER_IMPORT_KIND,
        req.params.id,
        customerImportColumns,
        req.ctx.lang,
      ),
  );
  app.get(
    '/api/customers/import/:id/errors',
    {
      config: { permission },
      schema: { tags, params: ZId, produces: [XLSX_MEDIA_TYPE], response: { 200: ZXlsxFile } },
    },
    async (req, reply) => {
      const run = await importRunInScope(
        req.ctx.db,
        requireActor(req.ctx),
        CUSTOMER_IMPORT_KIND,
        req.params.id,
      );
      return sendXlsx(reply, await buildErrorWorkbook(req.ctx.db, run, customerImportColumns, req.ctx.lang));
    },
  );
}
