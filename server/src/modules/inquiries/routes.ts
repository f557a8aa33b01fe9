import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { ZId } from '../../platform/schemas.js';
import { listInquiryAssignees } from './assignees.js';
import { convertInquiry } from './convert-inquiry.js';
import { createInquiry } from './create-inquiry.js';
import { linkInquiry } from './link-inquiry.js';
import { getInquiry, listInquiries } from './queries.js';
import {
  ZInquiry,
  ZInquiryAssigneeQuery,
  ZInquiryAssignees,
  ZInquiryConvert,
  ZInquiryCreate,
  ZInquiryLink,
  ZInquiryPage,
  ZInquiryQuery,
} from './schemas.js';

const tags = ['inquiries'];

/** CUS-2: the first-contact register (客户记录表): record, read in scope, turn into a lead or link. */
export function inquiryRoutes(app: App) {
  app.get(
    '/api/inquiries',
    {
      config: { permission: 'inquiry:read' },
      schema: { tags, querystring: ZInquiryQuery, response: { 200: ZInquiryPage } },
    },
    (req) => listInquiries(req.ctx.db, requireActor(req.ctx), req.query),
  );
  app.get(
    '/api/inquiries/assignees',
    {
      config: { permission: 'inquiry:create' },
      schema: { tags, querystring: ZInquiryAssigneeQuery, response: { 200: ZInquiryAssignees } },
    },
    (req) => listInquiryAssignees(req.ctx.db, req.query.q),
  );
  app.get(
    '/api/inquiries/:id',
    { config: { permission: 'inquiry:read' }, schema: { tags, params: ZId, response: { 200: ZInquiry } } },
    (req) => getInquiry(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.post(
    '/api/inquiries',
    {
      config: { permission: 'inquiry:create' },
      schema: { tags, body: ZInquiryCreate, response: { 200: ZInquiry } },
    },
    (req) => createInquiry(req.ctx, req.body),
  );
  app.post(
    '/api/inquiries/:id/convert',
    {
      config: { permission: 'inquiry:create' },
      schema: { tags, params: ZId, body: ZInquiryConvert, response: { 200: ZInquiry } },
    },
    (req) => convertInquiry(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/inquiries/:id/link',
    {
      config: { permission: 'inquiry:create' },
      schema: { tags, params: ZId, body: ZInquiryLink, response: { 200: ZInquiry } },
    },
    (req) => linkInquiry(req.ctx, req.params.id, req.body),
  );
}
