import { sendXlsx } from '../../http/send-file.js';
import type { App } from '../../http/types.js';
import { XLSX_MEDIA_TYPE, ZId, ZXlsxFile } from '../../platform/schemas.js';
import { assignTicket } from './assign-ticket.js';
import { changeTicketStatus } from './change-status.js';
import { exportTickets } from './export-tickets.js';
import { lookupCustomers } from './lookup-customers.js';
import { openTicket } from './open-ticket.js';
import { getTicket, listTickets } from './queries.js';
import {
  ZTicket,
  ZTicketAssign,
  ZTicketCreate,
  ZTicketCustomerHits,
  ZTicketCustomerQuery,
  ZTicketExportQuery,
  ZTicketPage,
  ZTicketQuery,
  ZTicketReturn,
  ZTicketStatusChange,
} from './schemas.js';
import { startReturn } from './start-return.js';

const tags = ['service'];

/**
 * SVC-1/CUS-5: service tickets — open one for any customer (with a picker that finds any
 * customer by name), list, read, change status, hand over, start a return, export.
 */
export function serviceRoutes(app: App) {
  app.get(
    '/api/service-tickets',
    {
      config: { permission: 'service_ticket:create' },
      schema: { tags, querystring: ZTicketQuery, response: { 200: ZTicketPage } },
    },
    (req) => listTickets(req.ctx, req.query),
  );
  app.get(
    '/api/service-tickets/export',
    {
      config: { permission: 'service_ticket:export' },
      schema: {
        tags,
        querystring: ZTicketExportQuery,
        produces: [XLSX_MEDIA_TYPE],
        response: { 200: ZXlsxFile },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportTickets(req.ctx, req.query)),
  );
  app.get(
    '/api/service-tickets/customers',
    {
      config: { permission: 'service_ticket:create' },
      schema: { tags, querystring: ZTicketCustomerQuery, response: { 200: ZTicketCustomerHits } },
    },
    (req) => lookupCustomers(req.ctx, req.query.q),
  );
  app.get(
    '/api/service-tickets/:id',
    {
      config: { permission: 'service_ticket:create' },
      schema: { tags, params: ZId, response: { 200: ZTicket } },
    },
    (req) => getTicket(req.ctx.db, req.ctx, req.params.id),
  );
  app.post(
    '/api/service-tickets',
    {
      config: { permission: 'service_ticket:create' },
      schema: { tags, body: ZTicketCreate, response: { 200: ZTicket } },
    },
    (req) => openTicket(req.ctx, req.body),
  );
  app.post(
    '/api/service-tickets/:id/status',
    {
      config: { permission: 'service_ticket:handle' },
      schema: { tags, params: ZId, body: ZTicketStatusChange, response: { 200: ZTicket } },
    },
    (req) => changeTicketStatus(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/service-tickets/:id/assign',
    {
      config: { permission: 'service_ticket:handle' },
      schema: { tags, params: ZId, body: ZTicketAssign, response: { 200: ZTicket } },
    },
    (req) => assignTicket(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/service-tickets/:id/return',
    {
      config: { permission: 'return:write' },
      schema: { tags, params: ZId, body: ZTicketReturn, response: { 200: ZTicket } },
    },
    (req) => startReturn(req.ctx, req.params.id, req.body),
  );
}
