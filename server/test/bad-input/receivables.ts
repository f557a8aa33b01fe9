import { type BadInputCases, nil } from './types.js';

/** AR-1 … AR-4, AR-7: amounts are positive fen digit strings; reasons are required. */
export const receivablesCases: BadInputCases = {
  'POST /api/contracts/:id/plan-changes': {
    url: `/api/contracts/${nil}/plan-changes`,
    body: { instalments: [{ dueDate: '2026-02-30', amountFen: '100' }], reason: '改期' },
    field: 'instalments.0.dueDate',
    as: 'rep01',
  },
  'POST /api/payments': {
    url: '/api/payments',
    body: { customerId: nil, method: 'cash', amountFen: '0', receivedOn: '2026-03-02', payer: '客户' },
    field: 'amountFen',
    as: 'rep01',
  },
  'POST /api/payments/confirm-batch': {
    url: '/api/payments/confirm-batch',
    body: { ids: ['123'] },
    field: 'ids.0',
    as: 'finance',
  },
  'POST /api/payments/:id/confirm': { url: '/api/payments/123/confirm', field: 'id', as: 'finance' },
  'POST /api/payments/:id/reject': {
    url: `/api/payments/${nil}/reject`,
    body: { reason: ' ' },
    field: 'reason',
    as: 'finance',
  },
  'POST /api/payments/:id/reverse': {
    url: `/api/payments/${nil}/reverse`,
    body: { reason: '' },
    field: 'reason',
    as: 'finance',
  },
  'POST /api/payments/:id/attachments': { url: '/api/payments/123/attachments', field: 'id', as: 'rep01' },
  'POST /api/customers/:id/apply-credit': {
    url: `/api/customers/${nil}/apply-credit`,
    body: { contractId: 'x' },
    field: 'contractId',
    as: 'finance',
  },
  'POST /api/invoices': {
    url: '/api/invoices',
    body: { contractId: nil, fapiaoNo: '0440', kind: 'vat', amountFen: '100', issuedOn: '2026-03-02' },
    field: 'kind',
    as: 'finance',
  },
};
