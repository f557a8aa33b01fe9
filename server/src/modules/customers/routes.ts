import { attachmentRoutes } from '../../http/attachment-routes.js';
import { sendXlsx } from '../../http/send-file.js';
import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { XLSX_MEDIA_TYPE, ZId, ZOk, ZXlsxFile } from '../../platform/schemas.js';
import { ZTimelinePage, ZTimelineQuery } from '../../platform/timeline/schemas.js';
import { customerAttachments } from './attachments.js';
import { listCollaboratorCandidates, listCollaborators } from './collaborators.js';
import { listContacts } from './contact-queries.js';
import { createContact } from './create-contact.js';
import { createCustomer } from './create-customer.js';
import { customerFile } from './customer-file.js';
import { customerSettings } from './customer-settings.js';
import { deleteContact } from './delete-contact.js';
import { findDuplicates } from './duplicates.js';
import { exportCustomers } from './export-customers.js';
import { listFollowUps } from './follow-up-queries.js';
import { customerHistory } from './history.js';
import { logFollowUp } from './log-follow-up.js';
import { logService } from './log-service.js';
import { getCustomer, listCustomers, lookupCustomers } from './queries.js';
import { removeCollaborator } from './remove-collaborator.js';
import { requestDuplicateAccess } from './request-duplicate-access.js';
import {
  ZCollaboratorCandidateQuery,
  ZCollaboratorCandidates,
  ZCollaboratorList,
  ZCollaboratorParams,
  ZCollaboratorSet,
  ZContact,
  ZContactInput,
  ZContactList,
  ZContactParams,
  ZContactUpdate,
  ZCustomer,
  ZCustomerCreate,
  ZCustomerCreated,
  ZCustomerCredit,
  ZCustomerFile,
  ZCustomerHistoryPage,
  ZCustomerHistoryQuery,
  ZCustomerLookup,
  ZCustomerLookupQuery,
  ZCustomerPage,
  ZCustomerQuery,
  ZCustomerSettings,
  ZCustomerUpdate,
  ZDuplicateList,
  ZDuplicateQuery,
  ZDuplicateRequest,
  ZDuplicateRequestCreate,
  ZFollowUp,
  ZFollowUpCreate,
  ZFollowUpPage,
  ZFollowUpQuery,
  ZServiceLogCreate,
} from './schemas.js';
import { setCollaborator } from './set-collaborator.js';
import { setCustomerCredit } from './set-customer-credit.js';
import { customerTimeline } from './timeline-queries.js';
import { updateContact } from './update-contact.js';
import { updateCustomer } from './update-customer.js';

const tags = ['customers'];

/** CUS-1/CUS-5/CUS-8/ORG-5: the customer file — list, page, contacts, follow-ups, service, timeline. */
export function customerRoutes(app: App) {
  app.get(
    '/api/customers',
    {
      config: { permission: 'customer:read' },
      schema: { tags, querystring: ZCustomerQuery, response: { 200: ZCustomerPage } },
    },
    (req) => listCustomers(req.ctx.db, requireActor(req.ctx), req.query),
  );
  app.get(
    '/api/customers/settings',
    {
      config: { permission: 'customer:read' },
      schema: { tags, response: { 200: ZCustomerSettings } },
    },
    (req) => customerSettings(req.ctx),
  );
  app.get(
    '/api/customers/export',
    {
      config: { permission: 'customer:export' },
      schema: {
        tags,
        querystring: ZCustomerQuery,
        produces: [XLSX_MEDIA_TYPE],
        response: { 200: ZXlsxFile },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportCustomers(req.ctx, req.query)),
  );
  app.get(
    '/api/customers/duplicates',
    {
      config: { permission: 'customer:create' },
      schema: { tags, querystring: ZDuplicateQuery, response: { 200: ZDuplicateList } },
    },
    async (req) => ({
      items: await findDuplicates(req.ctx.db, {
        name: req.query.name ?? null,
        creditCode: req.query.creditCode ?? null,
        phones: [req.query.phone],
        ...(req.query.excludeId ? { excludeId: req.query.excludeId } : {}),
      }),
    }),
  );
  app.get(
    '/api/customers/lookup',
    {
      config: { permission: 'customer:service' },
      schema: { tags, querystring: ZCustomerLookupQuery, response: { 200: ZCustomerLookup } },
    },
    (req) => lookupCustomers(req.ctx.db, req.query.q),
  );
  app.get(
    '/api/customers/:id',
    {
      config: { permission: 'customer:read' },
      schema: { tags, params: ZId, response: { 200: ZCustomer } },
    },
    (req) => getCustomer(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.post(
    '/api/customers',
    {
      config: { permission: 'customer:create' },
      schema: { tags, body: ZCustomerCreate, response: { 200: ZCustomerCreated } },
    },
    (req) => createCustomer(req.ctx, req.body),
  );
  app.post(
    '/api/customers/:id/duplicate-requests',
    {
      config: { permission: 'customer:create' },
      schema: { tags, params: ZId, body: ZDuplicateRequestCreate, response: { 200: ZDuplicateRequest } },
    },
    (req) => requestDuplicateAccess(req.ctx, req.params.id, req.body),
  );
  app.patch(
    '/api/customers/:id',
    {
      config: { permission: 'customer:write' },
      schema: { tags, params: ZId, body: ZCustomerUpdate, response: { 200: ZCustomer } },
    },
    (req) => updateCustomer(req.ctx, req.params.id, req.body),
  );
  app.put(
    '/api/customers/:id/credit',
    {
      config: { permission: 'customer:credit' },
      schema: { tags, params: ZId, body: ZCustomerCredit, response: { 200: ZCustomer } },
    },
    (req) => setCustomerCredit(req.ctx, req.params.id, req.body),
  );

  app.get(
    '/api/customers/:id/file',
    {
      config: { permission: 'customer:read' },
      schema: { tags, params: ZId, response: { 200: ZCustomerFile } },
    },
    (req) => customerFile(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.get(
    '/api/customers/:id/contacts',
    {
      config: { permission: 'customer:read' },
      schema: { tags, params: ZId, response: { 200: ZContactList } },
    },
    (req) => listContacts(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.post(
    '/api/customers/:id/contacts',
    {
      config: { permission: 'customer:write' },
      schema: { tags, params: ZId, body: ZContactInput, response: { 200: ZContact } },
    },
    (req) => createContact(req.ctx, req.params.id, req.body),
  );
  app.patch(
    '/api/customers/:id/contacts/:contactId',
    {
      config: { permission: 'customer:write' },
      schema: { tags, params: ZContactParams, body: ZContactUpdate, response: { 200: ZContact } },
    },
    (req) => updateContact(req.ctx, req.params.id, req.params.contactId, req.body),
  );
  app.delete(
    '/api/customers/:id/contacts/:contactId',
    {
      config: { permission: 'customer:write' },
      schema: { tags, params: ZContactParams, response: { 200: ZOk } },
    },
    (req) => deleteContact(req.ctx, req.params.id, req.params.contactId),
  );

  app.get(
    '/api/customers/:id/follow-ups',
    {
      config: { permission: 'customer:read' },
      schema: { tags, params: ZId, querystring: ZFollowUpQuery, response: { 200: ZFollowUpPage } },
    },
    (req) => listFollowUps(req.ctx.db, requireActor(req.ctx), req.params.id, req.query),
  );
  app.post(
    '/api/customers/:id/follow-ups',
    {
      config: { permission: 'customer:read' },
      schema: { tags, params: ZId, body: ZFollowUpCreate, response: { 200: ZFollowUp } },
    },
    (req) => logFollowUp(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/customers/:id/service',
    {
      config: { permission: 'customer:service' },
      schema: { tags, params: ZId, body: ZServiceLogCreate, response: { 200: ZFollowUp } },
    },
    (req) => logService(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/customers/:id/timeline',
    {
      config: { permission: 'customer:read' },
      schema: { tags, params: ZId, querystring: ZTimelineQuery, response: { 200: ZTimelinePage } },
    },
    (req) => customerTimeline(req.ctx.db, requireActor(req.ctx), req.params.id, req.query),
  );

  app.get(
    '/api/customers/:id/history',
    {
      config: { permission: 'customer:read' },
      schema: {
        tags,
        params: ZId,
        querystring: ZCustomerHistoryQuery,
        response: { 200: ZCustomerHistoryPage },
      },
    },
    (req) => customerHistory(req.ctx.db, requireActor(req.ctx), req.params.id, req.query),
  );

  app.get(
    '/api/customers/:id/collaborators',
    {
      config: { permission: 'customer:read' },
      schema: { tags, params: ZId, response: { 200: ZCollaboratorList } },
    },
    (req) => listCollaborators(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.get(
    '/api/customers/:id/collaborator-candidates',
    {
      config: { permission: 'customer:read' },
      schema: {
        tags,
        params: ZId,
        querystring: ZCollaboratorCandidateQuery,
        response: { 200: ZCollaboratorCandidates },
      },
    },
    (req) => listCollaboratorCandidates(req.ctx.db, requireActor(req.ctx), req.params.id, req.query.q),
  );
  app.put(
    '/api/customers/:id/collaborators/:userId',
    {
      config: { permission: 'customer:read' },
      schema: {
        tags,
        params: ZCollaboratorParams,
        body: ZCollaboratorSet,
        response: { 200: ZCollaboratorList },
      },
    },
    (req) => setCollaborator(req.ctx, req.params.id, req.params.userId, req.body.access),
  );
  app.delete(
    '/api/customers/:id/collaborators/:userId',
    {
      config: { permission: 'customer:read' },
      schema: { tags, params: ZCollaboratorParams, response: { 200: ZOk } },
    },
    (req) => removeCollaborator(req.ctx, req.params.id, req.params.userId),
  );

  attachmentRoutes(app, {
    path: '/api/customers/:id/attachments',
    tags,
    permissions: { read: 'customer:read', write: 'customer:write' },
    attachments: customerAttachments,
  });
}
