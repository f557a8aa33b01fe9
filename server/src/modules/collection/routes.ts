import { sendXlsx } from '../../http/send-file.js';
import { sendKeptJson } from '../../http/send-kept-json.js';
import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { XLSX_MEDIA_TYPE, ZId, ZXlsxFile } from '../../platform/schemas.js';
import { agingReport } from './aging.js';
import { dispatchDunning } from './dispatch-dunning.js';
import { listDunningItems, listDunningRuns } from './dunning-queries.js';
import { exportReceivables } from './export-receivables.js';
import { setLegalStatus } from './legal-status.js';
import { listReceivables } from './list-receivables.js';
import { recordDunningOutcome } from './record-dunning-outcome.js';
import { runDunning } from './run-dunning.js';
import {
  ZAging,
  ZAgingQuery,
  ZDunningDispatchInput,
  ZDunningDispatchResult,
  ZDunningItem,
  ZDunningItemPage,
  ZDunningItemQuery,
  ZDunningOutcomeInput,
  ZDunningRun,
  ZDunningRunList,
  ZLegalStatusInput,
  ZLegalStatusResult,
  ZReceivableListQuery,
  ZReceivablePage,
  ZSummary,
  ZSummaryQuery,
  ZWriteOff,
  ZWriteOffCreate,
  ZWriteOffPage,
  ZWriteOffQuery,
} from './schemas.js';
import { collectionSummary } from './summary.js';
import { createWriteOff, listWriteOffs, submitWriteOff } from './write-offs.js';

// AR-5/AR-8: the daily escalation job; AR-8: the write-off approval flow (registered on import).

const tags = ['collection'];

/** AR-5, AR-6, AR-8, AR-9: receivables, aging, dunning, escalation, legal status, write-offs. */
export function collectionRoutes(app: App) {
  app.get(
    '/api/receivables',
    {
      config: { permission: 'receivable:read' },
      schema: { tags, querystring: ZReceivableListQuery, response: { 200: ZReceivablePage } },
    },
    (req) => listReceivables(req.ctx.db, requireActor(req.ctx), req.query, req.ctx.clock.now()),
  );
  app.get(
    '/api/receivables/export',
    {
      config: { permission: 'receivable:export' },
      schema: {
        tags,
        querystring: ZReceivableListQuery,
        produces: [XLSX_MEDIA_TYPE],
        response: { 200: ZXlsxFile },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportReceivables(req.ctx, req.query)),
  );
  app.get(
    '/api/receivables/aging',
    {
      config: { permission: 'receivable:read' },
      schema: { tags, querystring: ZAgingQuery, response: { 200: ZAging } },
    },
    async (req, reply) =>
      sendKeptJson(
        reply,
        ZAging,
        await agingReport(req.ctx.db, requireActor(req.ctx), req.query, req.ctx.clock.now(), req.ctx.epochs),
      ),
  );
  app.get(
    '/api/receivables/summary',
    {
      config: { permission: 'receivable:read' },
      schema: { tags, querystring: ZSummaryQuery, response: { 200: ZSummary } },
    },
    (req) => collectionSummary(req.ctx.db, requireActor(req.ctx), req.query, req.ctx.clock.now()),
  );

  app.get(
    '/api/dunning/runs',
    {
      config: { permission: 'receivable:read' },
      schema: { tags, response: { 200: ZDunningRunList } },
    },
    (req) => listDunningRuns(req.ctx.db, requireActor(req.ctx), req.ctx.clock.now()),
  );
  app.post(
    '/api/dunning/runs',
    {
      config: { permission: 'dunning:run' },
      schema: { tags, response: { 200: ZDunningRun } },
    },
    async (req) => {
      const run = await runDunning(req.ctx);
      const list = await listDunningRuns(req.ctx.db, requireActor(req.ctx), req.ctx.clock.now());
      const shown = list.items.find((r) => r.id === run.id);
      if (!shown) throw appError('NOT_FOUND');
      return shown;
    },
  );
  app.get(
    '/api/dunning/items',
    {
      config: { permission: 'receivable:read' },
      schema: { tags, querystring: ZDunningItemQuery, response: { 200: ZDunningItemPage } },
    },
    (req) => listDunningItems(req.ctx.db, requireActor(req.ctx), req.query),
  );
  app.post(
    '/api/dunning/dispatch',
    {
      config: { permission: 'dunning:dispatch' },
      schema: { tags, body: ZDunningDispatchInput, response: { 200: ZDunningDispatchResult } },
    },
    (req) => dispatchDunning(req.ctx, req.body.itemIds),
  );
  app.post(
    '/api/dunning/items/:id/outcome',
    {
      config: { permission: 'dunning:outcome' },
      schema: { tags, params: ZId, body: ZDunningOutcomeInput, response: { 200: ZDunningItem } },
    },
    (req) => recordDunningOutcome(req.ctx, req.params.id, req.body),
  );

  app.put(
    '/api/contracts/:id/legal-status',
    {
      config: { permission: 'receivable:legal' },
      schema: { tags, params: ZId, body: ZLegalStatusInput, response: { 200: ZLegalStatusResult } },
    },
    (req) => setLegalStatus(req.ctx, req.params.id, req.body),
  );

  app.get(
    '/api/write-offs',
    {
      config: { permission: 'receivable:read' },
      schema: { tags, querystring: ZWriteOffQuery, response: { 200: ZWriteOffPage } },
    },
    (req) => listWriteOffs(req.ctx.db, requireActor(req.ctx), req.query),
  );
  app.post(
    '/api/write-offs',
    {
      config: { permission: 'writeoff:request' },
      schema: { tags, body: ZWriteOffCreate, response: { 200: ZWriteOff } },
    },
    (req) => createWriteOff(req.ctx, req.body),
  );
  app.post(
    '/api/write-offs/:id/submit',
    {
      config: { permission: 'writeoff:request' },
      schema: { tags, params: ZId, response: { 200: ZWriteOff } },
    },
    (req) => submitWriteOff(req.ctx, req.params.id),
  );
}
