import { attachmentRoutes } from '../../http/attachment-routes.js';
import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { ZId } from '../../platform/schemas.js';
import { createContract } from './create-contract.js';
import { enterContract } from './enter-contract.js';
import { getContract, listContracts } from './queries.js';
import { returnContractEntry } from './return-entry.js';
import { contractScans } from './scans.js';
import {
  ZContract,
  ZContractCreate,
  ZContractEnter,
  ZContractListQuery,
  ZContractPage,
  ZContractReturnEntry,
  ZContractUpdate,
} from './schemas.js';
import { submitContract } from './submit-contract.js';
import { updateContract } from './update-contract.js';
import { verifyContract } from './verify-contract.js';

const tags = ['contracts'];

/** Q2C-5 … Q2C-8, CUS-9: contracts, supplements, review chain, signing entry and verification. */
export function contractRoutes(app: App) {
  app.get(
    '/api/contracts',
    {
      config: { permission: 'contract:read' },
      schema: { tags, querystring: ZContractListQuery, response: { 200: ZContractPage } },
    },
    (req) => listContracts(req.ctx.db, requireActor(req.ctx), req.query),
  );
  app.get(
    '/api/contracts/:id',
    {
      config: { permission: 'contract:read' },
      schema: { tags, params: ZId, response: { 200: ZContract } },
    },
    (req) => getContract(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.post(
    '/api/contracts',
    {
      config: { permission: 'contract:write' },
      schema: { tags, body: ZContractCreate, response: { 200: ZContract } },
    },
    (req) => createContract(req.ctx, req.body),
  );
  app.patch(
    '/api/contracts/:id',
    {
      config: { permission: 'contract:write' },
      schema: { tags, params: ZId, body: ZContractUpdate, response: { 200: ZContract } },
    },
    (req) => updateContract(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/contracts/:id/submit',
    {
      config: { permission: 'contract:write' },
      schema: { tags, params: ZId, response: { 200: ZContract } },
    },
    (req) => submitContract(req.ctx, req.params.id),
  );

  attachmentRoutes(app, {
    path: '/api/contracts/:id/scan',
    tags,
    permissions: { read: 'contract:read', write: 'contract:enter' },
    attachments: contractScans,
  });

  app.post(
    '/api/contracts/:id/enter',
    {
      config: { permission: 'contract:enter' },
      schema: { tags, params: ZId, body: ZContractEnter, response: { 200: ZContract } },
    },
    (req) => enterContract(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/contracts/:id/verify',
    {
      config: { permission: 'contract:verify' },
      schema: { tags, params: ZId, response: { 200: ZContract } },
    },
    (req) => verifyContract(req.ctx, req.params.id),
  );
  app.post(
    '/api/contracts/:id/return-entry',
    {
      config: { permission: 'contract:verify' },
      schema: { tags, params: ZId, body: ZContractReturnEntry, response: { 200: ZContract } },
    },
    (req) => returnContractEntry(req.ctx, req.params.id, req.body.reason),
  );
}
