import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';
import type {
  TOrderIntentAck,
  TOrderIntentCreate,
  TOrderIntentListQuery,
  TQuoteCreate,
  TQuoteListQuery,
  TQuoteUpdate,
} from '../types';
import { approvalsKey } from './approvals';

export const quotesKey = ['quotes'] as const;
export const orderIntentsKey = ['order-intents'] as const;

export function useQuotePage(query: TQuoteListQuery) {
  return useQuery({
    queryKey: [...quotesKey, 'page', query],
    queryFn: () => api.get('/api/quotes', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useQuote(id: string | undefined) {
  return useQuery({
    queryKey: [...quotesKey, 'detail', id],
    queryFn: () => api.get('/api/quotes/{id}', { params: { id: id ?? '' } }),
    enabled: id !== undefined,
    retry: false,
  });
}

/** A quote changed: lists, the detail, approvals, the customer's timeline. */
function useQuoteMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: quotesKey }),
        client.invalidateQueries({ queryKey: approvalsKey }),
        client.invalidateQueries({ queryKey: ['customers'] }),
        client.invalidateQueries({ queryKey: ['todo'] }),
      ]);
    },
  });
}

export const useCreateQuote = () =>
  useQuoteMutation((body: TQuoteCreate) => api.post('/api/quotes', { body }));

export const useUpdateQuote = () =>
  useQuoteMutation(({ id, ...body }: TQuoteUpdate & { id: string }) =>
    api.patch('/api/quotes/{id}', { params: { id }, body }),
  );

export type QuoteAction = 'submit' | 'send' | 'accept' | 'decline';

/** Q2C-3: submit for review, send to the customer, record the customer's acceptance or refusal. */
export const useQuoteAction = () =>
  useQuoteMutation(({ id, action }: { id: string; action: QuoteAction }) =>
    api.post(`/api/quotes/{id}/${action}`, { params: { id } }),
  );

/** Q2C-5: a main contract drafted from an accepted quote (the contracts API). */
export const useContractFromQuote = () =>
  useQuoteMutation((quoteId: string) => api.post('/api/contracts', { body: { kind: 'main', quoteId } }));

export function useOrderIntentPage(query: TOrderIntentListQuery) {
  return useQuery({
    queryKey: [...orderIntentsKey, 'page', query],
    queryFn: () => api.get('/api/order-intents', { query }),
    placeholderData: keepPreviousData,
  });
}

function useIntentMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: orderIntentsKey }),
        client.invalidateQueries({ queryKey: ['customers'] }),
        client.invalidateQueries({ queryKey: ['todo'] }),
      ]);
    },
  });
}

/** Q2C-4: report an order intent to my supervisor. */
export const useReportOrderIntent = () =>
  useIntentMutation((body: TOrderIntentCreate) => api.post('/api/order-intents', { body }));

export const useAcknowledgeOrderIntent = () =>
  useIntentMutation(({ id, ...body }: TOrderIntentAck & { id: string }) =>
    api.post('/api/order-intents/{id}/acknowledge', { params: { id }, body }),
  );
