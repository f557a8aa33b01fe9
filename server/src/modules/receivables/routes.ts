import { attachmentRoutes } from '../../http/attachment-routes.js';
import { sendXlsx } from '../../http/send-file.js';
import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { XLSX_MEDIA_TYPE, ZId, ZXlsxFile } from '../../platform/schemas.js';
import { verifyInstalmentAmounts } from './amounts.js';
import { confirmPayment } from './confirm-payment.js';
import { confirmPayments } from './confirm-payments.js';
import { applyCustomerCredit, customerCreditBalance } from './customer-credit.js';
import { exportPayments } from './export-payments.js';
import { listInvoices, recordInvoice } from './invoices.js';
import { paymentFiles } from './payment-attachments.js';
import { paymentChoices } from './payment-choices.js';
import { getPayment, listPayments } from './payment-queries.js';
import { getPlanChange } from './plan-change-queries.js';
import { contractMoney, getPlan } from './plan-view.js';
import { recordPayment } from './record-payment.js';
import { rejectPayment } from './reject-payment.js';
import { requestPlanChange } from './request-plan-change.js';
import { reversePayment } from './reverse-payment.js';
import {
  ZAmountsVerify,
  ZApplyCredit,
  ZApplyCreditResult,
  ZContractMoney,
  ZCreditBalance,
  ZIdempotencyHeaders,
  ZInvoice,
  ZInvoiceCreate,
  ZInvoiceListQuery,
  ZInvoicePage,
  ZPaymentChoices,
  ZPaymentConfirmBatch,
  ZPaymentConfirmBatchResult,
  ZPaymentCreate,
  ZPaymentDetail,
  ZPaymentListQuery,
  ZPaymentPage,
  ZPlan,
  ZPlanChange,
  ZPlanChangeCreate,
  ZReasonBody,
} from './schemas.js';

const tags = ['receivables'];

/** AR-1 … AR-4, AR-7: payment plans, payments with finance confirmation, customer credit, invoices. */
export function receivableRoutes(app: App) {
  // AR-1: the plan and the money of a contract; plan changes with approval.
  app.get(
    '/api/contracts/:id/plan',
    { config: { permission: 'payment:read' }, schema: { tags, params: ZId, response: { 200: ZPlan } } },
    (req) => getPlan(req.ctx.db, requireActor(req.ctx), req.params.id, req.ctx.clock.now()),
  );
  app.get(
    '/api/contracts/:id/money',
    {
      config: { permission: 'payment:read' },
      schema: { tags, params: ZId, response: { 200: ZContractMoney } },
    },
    (req) => contractMoney(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.post(
    '/api/contracts/:id/plan-changes',
    {
      config: { permission: 'plan:change' },
      schema: { tags, params: ZId, body: ZPlanChangeCreate, response: { 200: ZPlanChange } },
    },
    (req) => requestPlanChange(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/plan-changes/:id',
    { config: { permission: 'payment:read' }, schema: { tags, params: ZId, response: { 200: ZPlanChange } } },
    (req) => getPlanChange(req.ctx.db, requireActor(req.ctx), req.params.id),
  );

  // AR-2/AR-3/AR-4/AR-7: payments.
  app.get(
    '/api/payments',
    {
      config: { permission: 'payment:read' },
      schema: { tags, querystring: ZPaymentListQuery, response: { 200: ZPaymentPage } },
    },
    (req) => listPayments(req.ctx.db, requireActor(req.ctx), req.query),
  );
  app.get(
    '/api/payments/export',
    {
      config: { permission: 'receivable:export' },
      schema: {
        tags,
        querystring: ZPaymentListQuery,
        produces: [XLSX_MEDIA_TYPE],
        response: { 200: ZXlsxFile },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportPayments(req.ctx, req.query)),
  );
  app.get(
    '/api/payments/:id',
    {
      config: { permission: 'payment:read' },
      schema: { tags, params: ZId, response: { 200: ZPaymentDetail } },
    },
    (req) => getPayment(req.ctx.db, requireActor(req.ctx), req.params.id, req.ctx.clock.now()),
  );
  app.post(
    '/api/payments',
    {
      config: { permission: 'payment:create' },
      schema: { tags, headers: ZIdempotencyHeaders, body: ZPaymentCreate, response: { 200: ZPaymentDetail } },
    },
    (req) => recordPayment(req.ctx, req.body, req.headers['idempotency-key']),
  );
  app.post(
    '/api/payments/confirm-batch',
    {
      config: { permission: 'payment:confirm' },
      schema: { tags, body: ZPaymentConfirmBatch, response: { 200: ZPaymentConfirmBatchResult } },
    },
    (req) => confirmPayments(req.ctx, req.body.ids),
  );
  app.get(
    '/api/customers/:id/payment-choices',
    {
      config: { permission: 'payment:create' },
      schema: { tags, params: ZId, response: { 200: ZPaymentChoices } },
    },
    (req) => paymentChoices(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.post(
    '/api/payments/:id/confirm',
    {
      config: { permission: 'payment:confirm' },
      schema: { tags, params: ZId, response: { 200: ZPaymentDetail } },
    },
    (req) => confirmPayment(req.ctx, req.params.id),
  );
  app.post(
    '/api/payments/:id/reject',
    {
      config: { permission: 'payment:confirm' },
      schema: { tags, params: ZId, body: ZReasonBody, response: { 200: ZPaymentDetail } },
    },
    (req) => rejectPayment(req.ctx, req.params.id, req.body.reason),
  );
  app.post(
    '/api/payments/:id/reverse',
    {
      config: { permission: 'payment:confirm' },
      schema: { tags, params: ZId, body: ZReasonBody, response: { 200: ZPaymentDetail } },
    },
    (req) => reversePayment(req.ctx, req.params.id, req.body.reason),
  );
  attachmentRoutes(app, {
    path: '/api/payments/:id/attachments',
    tags,
    permissions: { read: 'payment:read', write: 'payment:create' },
    attachments: paymentFiles,
    removable: false,
  });

  // Customer credit: overpayments kept for the customer, applied by finance.
  app.get(
    '/api/customers/:id/credit-balance',
    {
      config: { permission: 'payment:read' },
      schema: { tags, params: ZId, response: { 200: ZCreditBalance } },
    },
    (req) => customerCreditBalance(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.post(
    '/api/customers/:id/apply-credit',
    {
      config: { permission: 'payment:confirm' },
      schema: { tags, params: ZId, body: ZApplyCredit, response: { 200: ZApplyCreditResult } },
    },
    (req) => applyCustomerCredit(req.ctx, req.params.id, req.body),
  );

  // AR-4: the instalments' stored amounts reconciled with their settlements (like the audit verifier).
  app.get(
    '/api/receivables/verify-amounts',
    {
      config: { permission: 'receivable:verify' },
      schema: { tags, response: { 200: ZAmountsVerify } },
    },
    (req) => verifyInstalmentAmounts(req.ctx.db),
  );

  // AR-3: invoices against contracts.
  app.get(
    '/api/invoices',
    {
      config: { permission: 'payment:read' },
      schema: { tags, querystring: ZInvoiceListQuery, response: { 200: ZInvoicePage } },
    },
    (req) => listInvoices(req.ctx.db, requireActor(req.ctx), req.query),
  );
  app.post(
    '/api/invoices',
    {
      config: { permission: 'invoice:write' },
      schema: { tags, body: ZInvoiceCreate, response: { 200: ZInvoice } },
    },
    (req) => recordInvoice(req.ctx, req.body),
  );
}
