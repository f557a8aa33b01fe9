import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { ZId } from '../../platform/schemas.js';
import { acknowledgeOrderIntent } from './acknowledge-order-intent.js';
import { createQuote } from './create-quote.js';
import { acceptQuote, declineQuote } from './decide-quote.js';
import { listOrderIntents } from './order-intent-queries.js';
import { getQuote, listQuotes } from './queries.js';
import { reportOrderIntent } from './report-order-intent.js';
import {
  ZOrderIntent,
  ZOrderIntentAck,
  ZOrderIntentCreate,
  ZOrderIntentListQuery,
  ZOrderIntentPage,
  ZQuote,
  ZQuoteCreate,
  ZQuoteListQuery,
  ZQuotePage,
  ZQuoteUpdate,
} from './schemas.js';
import { sendQuote } from './send-quote.js';
import { submitQuote } from './submit-quote.js';
import { updateQuote } from './update-quote.js';

const tags = ['quotes'];

/** Q2C-2 … Q2C-4: quotes, their review and approval, and order intents. */
export function quoteRoutes(app: App) {
  app.get(
    '/api/quotes',
    {
      config: { permission: 'quote:read' },
      schema: { tags, querystring: ZQuoteListQuery, response: { 200: ZQuotePage } },
    },
    (req) => listQuotes(req.ctx.db, requireActor(req.ctx), req.query, req.ctx.clock.now()),
  );
  app.get(
    '/api/quotes/:id',
    { config: { permission: 'quote:read' }, schema: { tags, params: ZId, response: { 200: ZQuote } } },
    (req) => getQuote(req.ctx.db, requireActor(req.ctx), req.params.id, req.ctx.clock.now()),
  );
  app.post(
    '/api/quotes',
    {
      config: { permission: 'quote:write' },
      schema: { tags, body: ZQuoteCreate, response: { 200: ZQuote } },
    },
    (req) => createQuote(req.ctx, req.body),
  );
  app.patch(
    '/api/quotes/:id',
    {
      config: { permission: 'quote:write' },
      schema: { tags, params: ZId, body: ZQuoteUpdate, response: { 200: ZQuote } },
    },
    (req) => updateQuote(req.ctx, req.params.id, req.body),
  );
  for (const [action, run] of [
    ['submit', submitQuote],
    ['send', sendQuote],
    ['accept', acceptQuote],
    ['decline', declineQuote],
  ] as const) {
    app.post(
      `/api/quotes/:id/${action}`,
      { config: { permission: 'quote:write' }, schema: { tags, params: ZId, response: { 200: ZQuote } } },
      (req) => run(req.ctx, req.params.id),
    );
  }
  app.get(
    '/api/order-intents',
    {
      config: { permission: 'quote:read' },
      schema: { tags, querystring: ZOrderIntentListQuery, response: { 200: ZOrderIntentPage } },
    },
    (req) => listOrderIntents(req.ctx.db, requireActor(req.ctx), req.query),
  );
  app.post(
    '/api/order-intents',
    {
      config: { permission: 'quote:write' },
      schema: { tags, body: ZOrderIntentCreate, response: { 200: ZOrderIntent } },
    },
    (req) => reportOrderIntent(req.ctx, req.body),
  );
  app.post(
    '/api/order-intents/:id/acknowledge',
    {
      config: { permission: 'quote:read' },
      schema: { tags, params: ZId, body: ZOrderIntentAck, response: { 200: ZOrderIntent } },
    },
    (req) => acknowledgeOrderIntent(req.ctx, req.params.id, req.body),
  );
}
