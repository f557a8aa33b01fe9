import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { ZId } from '../../platform/schemas.js';
import { listAssignees } from './pool/assignees.js';
import { claimCustomer } from './pool/claim-customer.js';
import { listPool } from './pool/list-pool.js';
import { listOwnershipLog } from './pool/ownership-log.js';
import { poolQuota } from './pool/pool-quota.js';
import { poolStatus } from './pool/pool-status.js';
import { previewPoolCustomer } from './pool/preview-pool-customer.js';
import { reassignCustomer } from './pool/reassign-customer.js';
import { releaseCustomer } from './pool/release-customer.js';
import {
  ZAssigneeList,
  ZAssigneeQuery,
  ZCustomerOwnership,
  ZOwnershipLogPage,
  ZOwnershipLogQuery,
  ZPoolListQuery,
  ZPoolPage,
  ZPoolPreview,
  ZPoolQuota,
  ZPoolStatus,
  ZReassignCustomer,
  ZReleaseCustomer,
} from './pool/schemas.js';

const tags = ['customers'];

/** 公海 (the public pool) and ownership: claim, release, reassignment, the pool clock, the ownership log. */
export function customerPoolRoutes(app: App) {
  app.get(
    '/api/customers/pool',
    {
      config: { permission: 'customer:pool' },
      schema: { tags, querystring: ZPoolListQuery, response: { 200: ZPoolPage } },
    },
    (req) => listPool(req.ctx.db, requireActor(req.ctx), req.query, req.ctx.clock.now()),
  );
  app.get(
    '/api/customers/pool/quota',
    { config: { permission: 'customer:pool' }, schema: { tags, response: { 200: ZPoolQuota } } },
    (req) => poolQuota(req.ctx.db, requireActor(req.ctx), req.ctx.clock.now()),
  );
  app.get(
    '/api/customers/pool/:id',
    {
      config: { permission: 'customer:pool' },
      schema: { tags, params: ZId, response: { 200: ZPoolPreview } },
    },
    (req) => previewPoolCustomer(req.ctx.db, requireActor(req.ctx), req.params.id, req.ctx.clock.now()),
  );
  app.get(
    '/api/customers/assignees',
    {
      config: { permission: 'customer:assign' },
      schema: { tags, querystring: ZAssigneeQuery, response: { 200: ZAssigneeList } },
    },
    (req) => listAssignees(req.ctx.db, requireActor(req.ctx), req.query.q),
  );
  app.post(
    '/api/customers/:id/claim',
    {
      config: { permission: 'customer:pool' },
      schema: { tags, params: ZId, response: { 200: ZCustomerOwnership } },
    },
    (req) => claimCustomer(req.ctx, req.params.id),
  );
  app.post(
    '/api/customers/:id/release',
    {
      config: { permission: 'customer:write' },
      schema: { tags, params: ZId, body: ZReleaseCustomer, response: { 200: ZCustomerOwnership } },
    },
    (req) => releaseCustomer(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/customers/:id/reassign',
    {
      config: { permission: 'customer:assign' },
      schema: { tags, params: ZId, body: ZReassignCustomer, response: { 200: ZCustomerOwnership } },
    },
    (req) => reassignCustomer(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/customers/:id/pool-status',
    {
      config: { permission: 'customer:read' },
      schema: { tags, params: ZId, response: { 200: ZPoolStatus } },
    },
    (req) => poolStatus(req.ctx.db, requireActor(req.ctx), req.params.id, req.ctx.clock.now()),
  );
  app.get(
    '/api/customers/:id/ownership',
    {
      config: { permission: 'customer:read' },
      schema: { tags, params: ZId, querystring: ZOwnershipLogQuery, response: { 200: ZOwnershipLogPage } },
    },
    (req) => listOwnershipLog(req.ctx.db, requireActor(req.ctx), req.params.id, req.query),
  );
}
