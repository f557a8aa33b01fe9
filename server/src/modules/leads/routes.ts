import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { ZId } from '../../platform/schemas.js';
import { convertLead } from './convert-lead.js';
import { leadCriteria } from './criteria.js';
import { qualifyLead } from './qualify-lead.js';
import { ZLeadCriteria, ZLeadStatus, ZQualificationInput } from './schemas.js';

const tags = ['leads'];

/** CUS-4: leads are screened on policy-weighted criteria and converted to customers at the threshold. */
export function leadRoutes(app: App) {
  app.get(
    '/api/leads/criteria',
    { config: { permission: 'customer:read' }, schema: { tags, response: { 200: ZLeadCriteria } } },
    (req) => leadCriteria(req.ctx.db, req.ctx.clock.now(), requireActor(req.ctx).unitId),
  );
  app.put(
    '/api/customers/:id/qualification',
    {
      config: { permission: 'customer:write' },
      schema: { tags, params: ZId, body: ZQualificationInput, response: { 200: ZLeadStatus } },
    },
    (req) => qualifyLead(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/customers/:id/convert',
    {
      config: { permission: 'customer:write' },
      schema: { tags, params: ZId, response: { 200: ZLeadStatus } },
    },
    (req) => convertLead(req.ctx, req.params.id),
  );
}
