import type { App } from '../../../http/types.js';
import { ZId, ZOk } from '../../../platform/schemas.js';
import { deleteMarketSize } from './delete-market-size.js';
import { listMarketSizes } from './queries.js';
import { ZMarketSize, ZMarketSizeInput, ZMarketSizePage, ZMarketSizeQuery } from './schemas.js';
import { upsertMarketSize } from './upsert-market-size.js';

const tags = ['market-sizes'];

/** PLAN-5: market sizes per region and year, the base of market share. */
export function marketSizeRoutes(app: App) {
  app.get(
    '/api/market-sizes',
    {
      config: { permission: 'market:write' },
      schema: { tags, querystring: ZMarketSizeQuery, response: { 200: ZMarketSizePage } },
    },
    (req) => listMarketSizes(req.ctx, req.query),
  );
  app.put(
    '/api/market-sizes',
    {
      config: { permission: 'market:write' },
      schema: { tags, body: ZMarketSizeInput, response: { 200: ZMarketSize } },
    },
    (req) => upsertMarketSize(req.ctx, req.body),
  );
  app.delete(
    '/api/market-sizes/:id',
    {
      config: { permission: 'market:write' },
      schema: { tags, params: ZId, response: { 200: ZOk } },
    },
    (req) => deleteMarketSize(req.ctx, req.params.id),
  );
}
