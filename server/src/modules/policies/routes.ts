import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { ruleCatalogue } from '../../platform/policies/rules.js';
import { ZId } from '../../platform/schemas.js';
import {
  acknowledge,
  changePolicy,
  listOverrides,
  listPolicies,
  overridePolicy,
  policyAbilities,
  policyRoles,
} from './policies.js';
import {
  ZOverrideList,
  ZOverrideListQuery,
  ZOverrideParams,
  ZPolicy,
  ZPolicyList,
  ZPolicyOverride,
  ZPolicyOverrideSet,
  ZPolicyParams,
  ZPolicyQuery,
  ZPolicySet,
  ZRuleCatalogue,
} from './schemas.js';

const tags = ['policies'];

export function policyRoutes(app: App) {
  app.get(
    '/api/policies',
    {
      config: { permission: 'policy:read' },
      schema: { tags, querystring: ZPolicyQuery, response: { 200: ZPolicyList } },
    },
    async (req) => ({
      items: await listPolicies(req.ctx.db, req.ctx.clock.now(), {
        ...(req.query.unitId ? { unitId: req.query.unitId } : {}),
      }),
      roles: await policyRoles(req.ctx.db),
      can: await policyAbilities(req.ctx.db, requireActor(req.ctx), req.ctx.clock.now()),
    }),
  );
  app.put(
    '/api/policies/:id',
    {
      config: { permission: 'policy:manage' },
      schema: { tags, params: ZPolicyParams, body: ZPolicySet, response: { 200: ZPolicy } },
    },
    (req) => changePolicy(req.ctx, req.params.id, req.body),
  );
  app.put(
    '/api/policies/:id/overrides/:unitId',
    {
      config: { permission: 'policy:override' },
      schema: { tags, params: ZOverrideParams, body: ZPolicyOverrideSet, response: { 200: ZPolicy } },
    },
    (req) => overridePolicy(req.ctx, req.params.id, req.params.unitId, req.body),
  );
  app.get(
    '/api/policy-overrides',
    {
      config: { permission: 'policy:read' },
      schema: { tags, querystring: ZOverrideListQuery, response: { 200: ZOverrideList } },
    },
    async (req) => ({ items: await listOverrides(req.ctx.db, req.query.pending === 'true') }),
  );
  app.post(
    '/api/policy-overrides/:id/acknowledge',
    {
      // ORG-7: the people `policy.filingRecipients` names (the sales director by default), checked in the use case.
      config: { permission: 'policy:read' },
      schema: { tags, params: ZId, response: { 200: ZPolicyOverride } },
    },
    (req) => acknowledge(req.ctx, req.params.id),
  );
  app.get(
    '/api/rules',
    { config: { permission: 'policy:read' }, schema: { tags, response: { 200: ZRuleCatalogue } } },
    async () => ({ chapters: ruleCatalogue }),
  );
}
