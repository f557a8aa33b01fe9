import type { App } from '../../http/types.js';
import { changePolicy, listPolicies } from './policies.js';
import { ZPolicy, ZPolicyList, ZPolicyParams, ZPolicySet } from './schemas.js';

const tags = ['policies'];

export function policyRoutes(app: App) {
  app.get(
    '/api/policies',
    { config: { permission: 'policy:read' }, schema: { tags, response: { 200: ZPolicyList } } },
    async (req) => ({ items: await listPolicies(req.ctx.db, req.ctx.clock.now()) }),
  );
  app.put(
    '/api/policies/:id',
    {
      config: { permission: 'policy:manage' },
      schema: { tags, params: ZPolicyParams, body: ZPolicySet, response: { 200: ZPolicy } },
    },
    (req) => changePolicy(req.ctx, req.params.id, req.body),
  );
}
