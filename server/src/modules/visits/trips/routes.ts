import type { App } from '../../../http/types.js';
import { requireActor } from '../../../platform/context.js';
import { ZId } from '../../../platform/schemas.js';
import { createTrip } from './create-trip.js';
import { getTrip, listTrips } from './queries.js';
import { cancelTrip, markTripReturned } from './return-trip.js';
import { ZTrip, ZTripCancel, ZTripCreate, ZTripPage, ZTripQuery } from './schemas.js';

const tags = ['visits'];

/** OPS-1: business trips (出差) — record, list, mark returned, cancel. */
export function tripRoutes(app: App) {
  app.get(
    '/api/visit-trips',
    {
      config: { permission: 'visit:read' },
      schema: { tags, querystring: ZTripQuery, response: { 200: ZTripPage } },
    },
    (req) => listTrips(req.ctx, req.query),
  );
  app.post(
    '/api/visit-trips',
    { config: { permission: 'visit:write' }, schema: { tags, body: ZTripCreate, response: { 200: ZTrip } } },
    (req) => createTrip(req.ctx, req.body),
  );
  app.get(
    '/api/visit-trips/:id',
    { config: { permission: 'visit:read' }, schema: { tags, params: ZId, response: { 200: ZTrip } } },
    (req) => getTrip(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.post(
    '/api/visit-trips/:id/return',
    { config: { permission: 'visit:write' }, schema: { tags, params: ZId, response: { 200: ZTrip } } },
    (req) => markTripReturned(req.ctx, req.params.id),
  );
  app.post(
    '/api/visit-trips/:id/cancel',
    {
      config: { permission: 'visit:write' },
      schema: { tags, params: ZId, body: ZTripCancel, response: { 200: ZTrip } },
    },
    (req) => cancelTrip(req.ctx, req.params.id, req.body),
  );
}
