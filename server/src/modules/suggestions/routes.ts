import { sendXlsx } from '../../http/send-file.js';
import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { XLSX_MEDIA_TYPE, ZId, ZXlsxFile } from '../../platform/schemas.js';
import { adoptSuggestion, declineSuggestion } from './decide-suggestion.js';
import { exportSuggestions } from './export-suggestions.js';
import { getSuggestion, listSuggestions } from './queries.js';
import {
  ZSuggestion,
  ZSuggestionAdopt,
  ZSuggestionCreate,
  ZSuggestionDecline,
  ZSuggestionExportQuery,
  ZSuggestionPage,
  ZSuggestionQuery,
} from './schemas.js';
import { submitSuggestion } from './submit-suggestion.js';

const tags = ['suggestions'];

/** OPS-9: the suggestion box — make one, list (mine / to review / all), read, adopt or decline, export. */
export function suggestionRoutes(app: App) {
  app.get(
    '/api/suggestions',
    {
      config: { permission: 'suggestion:create' },
      schema: { tags, querystring: ZSuggestionQuery, response: { 200: ZSuggestionPage } },
    },
    (req) => listSuggestions(req.ctx, req.query),
  );
  app.get(
    '/api/suggestions/export',
    {
      config: { permission: 'suggestion:export' },
      schema: {
        tags,
        querystring: ZSuggestionExportQuery,
        produces: [XLSX_MEDIA_TYPE],
        response: { 200: ZXlsxFile },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportSuggestions(req.ctx, req.query)),
  );
  app.get(
    '/api/suggestions/:id',
    {
      config: { permission: 'suggestion:create' },
      schema: { tags, params: ZId, response: { 200: ZSuggestion } },
    },
    (req) => getSuggestion(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.post(
    '/api/suggestions',
    {
      config: { permission: 'suggestion:create' },
      schema: { tags, body: ZSuggestionCreate, response: { 200: ZSuggestion } },
    },
    (req) => submitSuggestion(req.ctx, req.body),
  );
  app.post(
    '/api/suggestions/:id/adopt',
    {
      config: { permission: 'suggestion:review' },
      schema: { tags, params: ZId, body: ZSuggestionAdopt, response: { 200: ZSuggestion } },
    },
    (req) => adoptSuggestion(req.ctx, req.params.id, req.body.note ?? null),
  );
  app.post(
    '/api/suggestions/:id/decline',
    {
      config: { permission: 'suggestion:review' },
      schema: { tags, params: ZId, body: ZSuggestionDecline, response: { 200: ZSuggestion } },
    },
    (req) => declineSuggestion(req.ctx, req.params.id, req.body.reason),
  );
}
