import type { App } from '../../http/types.js';
import { readSingleUpload, sendStoredFile } from '../../http/upload.js';
import { requireActor } from '../../platform/context.js';
import { ZFileDownload, ZFileList, ZFileMeta } from '../../platform/files/schemas.js';
import { ZId, ZOk } from '../../platform/schemas.js';
import { createContract } from './create-contract.js';
import { enterContract } from './enter-contract.js';
import { getContract, listContracts } from './queries.js';
import { returnContractEntry } from './return-entry.js';
import { listSignedScans, readSignedScan, removeSignedScan, uploadSignedScan } from './scans.js';
import {
  ZContract,
  ZContractCreate,
  ZContractEnter,
  ZContractListQuery,
  ZContractPage,
  ZContractReturnEntry,
  ZContractScanParams,
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

  app.get(
    '/api/contracts/:id/scan',
    {
      config: { permission: 'contract:read' },
      schema: { tags, params: ZId, response: { 200: ZFileList } },
    },
    (req) => listSignedScans(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.post(
    '/api/contracts/:id/scan',
    {
      config: { permission: 'contract:enter' },
      schema: { tags, params: ZId, consumes: ['multipart/form-data'], response: { 200: ZFileMeta } },
    },
    async (req) => uploadSignedScan(req.ctx, req.params.id, await readSingleUpload(req)),
  );
  app.get(
    '/api/contracts/:id/scan/:fileId',
    {
      config: { permission: 'contract:read' },
      schema: {
        tags,
        params: ZContractScanParams,
        produces: ['application/octet-stream'],
        response: { 200: ZFileDownload },
      },
    },
    async (req, reply) =>
      sendStoredFile(
        reply,
        await readSignedScan(req.ctx.db, requireActor(req.ctx), req.params.id, req.params.fileId),
      ),
  );
  app.delete(
    '/api/contracts/:id/scan/:fileId',
    {
      config: { permission: 'contract:enter' },
      schema: { tags, params: ZContractScanParams, response: { 200: ZOk } },
    },
    (req) => removeSignedScan(req.ctx, req.params.id, req.params.fileId),
  );

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
