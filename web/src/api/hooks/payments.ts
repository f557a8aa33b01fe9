import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import i18n from '../../i18n';
import { api, redirectToLogin } from '../api';
import { ApiError, apiUrl, parseError } from '../client';
import type {
  TInvoiceCreate,
  TInvoiceListQuery,
  TPaymentCreate,
  TPaymentDetail,
  TPaymentListQuery,
  TPlanChangeCreate,
} from '../types';

export const paymentsKey = ['payments'] as const;

/** AR-2/AR-4: payments in my scope, paged, sorted and filtered by the server. */
export function usePaymentPage(query: TPaymentListQuery, enabled = true) {
  return useQuery({
    queryKey: [...paymentsKey, 'page', query],
    queryFn: () => api.get('/api/payments', { query }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function usePayment(id: string | undefined) {
  return useQuery({
    queryKey: [...paymentsKey, 'detail', id],
    queryFn: () => api.get('/api/payments/{id}', { params: { id: id ?? '' } }),
    enabled: id !== undefined,
    retry: false,
  });
}

export function usePaymentFiles(id: string | undefined) {
  return useQuery({
    queryKey: [...paymentsKey, 'files', id],
    queryFn: () => api.get('/api/payments/{id}/attachments', { params: { id: id ?? '' } }),
    select: (d) => d.items,
    enabled: id !== undefined,
  });
}

export const paymentFileUploadUrl = (id: string) => apiUrl('/api/payments/{id}/attachments', { id });
export const paymentFileUrl = (id: string, fileId: string) =>
  apiUrl('/api/payments/{id}/attachments/{fileId}', { id, fileId });

/** AR-2/AR-4: the payment form's choices for a customer: the usual payer, each contract's open balance. */
export function usePaymentChoices(customerId: string | undefined) {
  return useQuery({
    queryKey: [...paymentsKey, 'choices', customerId],
    queryFn: () => api.get('/api/customers/{id}/payment-choices', { params: { id: customerId ?? '' } }),
    enabled: customerId !== undefined,
  });
}

/** AR-1: the plan in force of a contract with each instalment's status. */
export function usePlan(contractId: string | undefined) {
  return useQuery({
    queryKey: [...paymentsKey, 'plan', contractId],
    queryFn: () => api.get('/api/contracts/{id}/plan', { params: { id: contractId ?? '' } }),
    enabled: contractId !== undefined,
  });
}

/** AR-3/AR-4: contract amount, invoiced, collected, pending, outstanding. */
export function useContractMoney(contractId: string) {
  return useQuery({
    queryKey: [...paymentsKey, 'money', contractId],
    queryFn: () => api.get('/api/contracts/{id}/money', { params: { id: contractId } }),
  });
}

export function usePlanChange(id: string | undefined) {
  return useQuery({
    queryKey: [...paymentsKey, 'planChange', id],
    queryFn: () => api.get('/api/plan-changes/{id}', { params: { id: id ?? '' } }),
    enabled: id !== undefined,
    retry: false,
  });
}

export function useCreditBalance(customerId: string) {
  return useQuery({
    queryKey: [...paymentsKey, 'credit', customerId],
    queryFn: () => api.get('/api/customers/{id}/credit-balance', { params: { id: customerId } }),
  });
}

export function useInvoicePage(query: TInvoiceListQuery) {
  return useQuery({
    queryKey: [...paymentsKey, 'invoices', query],
    queryFn: () => api.get('/api/invoices', { query }),
    placeholderData: keepPreviousData,
  });
}

/**
 * AR-2: POST with an Idempotency-Key (the shared client sends no custom headers): the same key
 * on a retry or a double click returns the first payment instead of recording a second one.
 */
async function postWithKey<T>(path: string, body: unknown, key: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'Accept-Language': i18n.language,
        'Idempotency-Key': key,
      },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', i18n.t('error.network'));
  }
  if (!response.ok) {
    const error = await parseError(response, (status) => i18n.t('error.http', { status }));
    if (response.status === 401) redirectToLogin();
    throw error;
  }
  return (await response.json()) as T;
}

/** Money changed: payments, plans, money summaries, credit, invoices, the customer's timeline, notices. */
export function usePaymentsInvalidate() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: paymentsKey }),
      client.invalidateQueries({ queryKey: ['customers'] }),
      client.invalidateQueries({ queryKey: ['receivables'] }),
      client.invalidateQueries({ queryKey: ['notifications'] }),
      client.invalidateQueries({ queryKey: ['approvals'] }),
    ]);
}

function usePaymentMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const invalidate = usePaymentsInvalidate();
  return useMutation({ mutationFn: fn, onSettled: invalidate });
}

export const useRecordPayment = () =>
  usePaymentMutation(({ key, ...body }: TPaymentCreate & { key: string }) =>
    postWithKey<TPaymentDetail>('/api/payments', body, key),
  );

export const useConfirmPayment = () =>
  usePaymentMutation((id: string) => api.post('/api/payments/{id}/confirm', { params: { id } }));

/** AR-4: several payments confirmed at once; the answer lists the confirmed and the refused. */
export const useConfirmPayments = () =>
  usePaymentMutation((ids: string[]) => api.post('/api/payments/confirm-batch', { body: { ids } }));

export const useRejectPayment = () =>
  usePaymentMutation(({ id, reason }: { id: string; reason: string }) =>
    api.post('/api/payments/{id}/reject', { params: { id }, body: { reason } }),
  );

export const useReversePayment = () =>
  usePaymentMutation(({ id, reason }: { id: string; reason: string }) =>
    api.post('/api/payments/{id}/reverse', { params: { id }, body: { reason } }),
  );

export const useRequestPlanChange = () =>
  usePaymentMutation(({ contractId, ...body }: TPlanChangeCreate & { contractId: string }) =>
    api.post('/api/contracts/{id}/plan-changes', { params: { id: contractId }, body }),
  );

export const useApplyCredit = () =>
  usePaymentMutation(({ customerId, contractId }: { customerId: string; contractId?: string }) =>
    api.post('/api/customers/{id}/apply-credit', {
      params: { id: customerId },
      body: {
        contractId: contractId ?? null,
      },
    }),
  );

export const useRecordInvoice = () =>
  usePaymentMutation((body: TInvoiceCreate) => api.post('/api/invoices', { body }));
