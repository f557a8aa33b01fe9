import { type BadInputCases, nil } from './types.js';

export const customerCases: BadInputCases = {
  'POST /api/customers': {
    url: '/api/customers',
    body: { name: '华宇', level: 'A', creditCode: '91110108MA01ABCD10' },
    field: 'creditCode',
    as: 'rep01',
  },
  // CUS-1 (no 撞单): what the rep asks for, with a reason.
  'POST /api/customers/:id/duplicate-requests': {
    url: `/api/customers/${nil}/duplicate-requests`,
    body: { kind: 'merge', reason: '客户主动联系' },
    field: 'kind',
    as: 'rep02',
  },
  'PUT /api/customers/:id/credit': {
    url: `/api/customers/${nil}/credit`,
    body: { creditLimitFen: '12.5', reason: '年度授信' },
    field: 'creditLimitFen',
    as: 'finance',
  },
  'PATCH /api/customers/:id': {
    url: `/api/customers/${nil}`,
    body: { phone: 'call me' },
    field: 'phone',
    as: 'rep01',
  },
  'POST /api/customers/:id/contacts': {
    url: `/api/customers/${nil}/contacts`,
    body: { name: '王经理', phones: ['12'] },
    field: 'phones.0',
    as: 'rep01',
  },
  'PATCH /api/customers/:id/contacts/:contactId': {
    url: `/api/customers/${nil}/contacts/${nil}`,
    body: { email: 'not-an-email' },
    field: 'email',
    as: 'rep01',
  },
  'DELETE /api/customers/:id/contacts/:contactId': {
    url: `/api/customers/${nil}/contacts/123`,
    field: 'contactId',
    as: 'rep01',
  },
  'POST /api/customers/:id/follow-ups': {
    url: `/api/customers/${nil}/follow-ups`,
    body: { kind: 'service', occurredAt: '2026-03-01T08:00:00Z', content: '回访' },
    field: 'kind',
    as: 'rep01',
  },
  'POST /api/customers/:id/service': {
    url: `/api/customers/${nil}/service`,
    body: { occurredAt: 'yesterday', content: '咨询' },
    field: 'occurredAt',
    as: 'reception',
  },
  'PUT /api/customers/:id/collaborators/:userId': {
    url: `/api/customers/${nil}/collaborators/${nil}`,
    body: { access: 'admin' },
    field: 'access',
    as: 'rep01',
  },
  'DELETE /api/customers/:id/collaborators/:userId': {
    url: `/api/customers/${nil}/collaborators/rep02`,
    field: 'userId',
    as: 'rep01',
  },
  // Not multipart, and the id is checked first: the field named is the id.
  'POST /api/customers/:id/attachments': { url: '/api/customers/123/attachments', field: 'id', as: 'rep01' },
  'DELETE /api/customers/:id/attachments/:fileId': {
    url: `/api/customers/${nil}/attachments/x`,
    field: 'fileId',
    as: 'rep01',
  },
};
