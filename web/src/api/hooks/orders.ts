import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';
import { apiUrl } from '../client';
import type {
  TDeliveryDocumentKind,
  TOrderCreate,
  TOrderListQuery,
  TReturn,
  TReturnCreate,
  TReturnListQuery,
  TReturnUpdate,
  TShipmentCreate,
} from '../types';

export const ordersKey = ['orders'] as const;
export const returnsKey = ['returns'] as const;

export function useOrderPage(query: TOrderListQuery, enabled = true) {
  return useQuery({
    queryKey: [...ordersKey, 'page', query],
    queryFn: () => api.get('/api/orders', { query }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useOrder(id: string | undefined) {
  return useQuery({
    queryKey: [...ordersKey, 'detail', id],
    queryFn: () => api.get('/api/orders/{id}', { params: { id: id ?? '' } }),
    enabled: id !== undefined,
    retry: false,
  });
}

/** An order changed: every order list and detail, returns (which name orders) and the customer's timeline. */
function useOrderMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ordersKey }),
        client.invalidateQueries({ queryKey: ['customers'] }),
        client.invalidateQueries({ queryKey: ['notifications'] }),
      ]);
    },
  });
}

export const useCreateOrder = () =>
  useOrderMutation((body: TOrderCreate) => api.post('/api/orders', { body }));

export const useRecordShipment = () =>
  useOrderMutation(({ id, ...body }: TShipmentCreate & { id: string }) =>
    api.post('/api/orders/{id}/shipments', { params: { id }, body }),
  );

export const useSetDeliveryDocument = () =>
  useOrderMutation(({ id, kind, provided }: { id: string; kind: TDeliveryDocumentKind; provided: boolean }) =>
    api.put('/api/orders/{id}/documents/{kind}', { params: { id, kind }, body: { provided } }),
  );

/** Q2C-10: where a delivery document's scan is uploaded (multipart, field `file`) and viewed. */
export const documentScanUrl = (id: string, kind: TDeliveryDocumentKind) =>
  apiUrl('/api/orders/{id}/documents/{kind}/file', { id, kind });

/** An upload outside a mutation (antd Upload) changed an order: reload orders and the customer's timeline. */
export function useInvalidateOrders() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ordersKey }),
      client.invalidateQueries({ queryKey: ['customers'] }),
    ]);
}

export const useDeliverOrder = () =>
  useOrderMutation((id: string) => api.post('/api/orders/{id}/deliver', { params: { id } }));

export const useAcceptOrder = () =>
  useOrderMutation((id: string) => api.post('/api/orders/{id}/accept', { params: { id } }));

export function useReturnPage(query: TReturnListQuery) {
  return useQuery({
    queryKey: [...returnsKey, 'page', query],
    queryFn: () => api.get('/api/returns', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useReturn(id: string | undefined) {
  return useQuery({
    queryKey: [...returnsKey, 'detail', id],
    queryFn: () => api.get('/api/returns/{id}', { params: { id: id ?? '' } }),
    enabled: id !== undefined,
    retry: false,
  });
}

function useReturnMutation<V>(fn: (vars: V) => Promise<TReturn>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: returnsKey }),
        client.invalidateQueries({ queryKey: ['approvals'] }),
        client.invalidateQueries({ queryKey: ['customers'] }),
      ]);
    },
  });
}

export const useCreateReturn = () =>
  useReturnMutation((body: TReturnCreate) => api.post('/api/returns', { body }));

export const useUpdateReturn = () =>
  useReturnMutation(({ id, ...body }: TReturnUpdate & { id: string }) =>
    api.patch('/api/returns/{id}', { params: { id }, body }),
  );

export const useSubmitReturn = () =>
  useReturnMutation((id: string) => api.post('/api/returns/{id}/submit', { params: { id } }));

/** Signed main contracts in my scope whose number, title or customer matches (orders and returns start from one). */
export function useSignedContractChoices(q: string, enabled: boolean, customerId?: string) {
  return useQuery({
    queryKey: [...ordersKey, 'contract-choices', q, customerId],
    queryFn: () =>
      api.get('/api/contracts', {
        query: {
          q: q || undefined,
          kind: 'main',
          status: 'signed',
          customerId,
          pageSize: 20,
        },
      }),
    select: (d) => d.items,
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useContractForOrders(contractId: string | undefined) {
  return useQuery({
    queryKey: [...ordersKey, 'contract', contractId],
    queryFn: () => api.get('/api/contracts/{id}', { params: { id: contractId ?? '' } }),
    enabled: contractId !== undefined,
    retry: false,
  });
}

/** A quote line as far as an order needs it. */
export interface QuoteLineForOrder {
  productId?: string | null;
  productName: string;
  unit: string;
  quantity: number;
}

/**
 * Q2C-10: the lines of the quote a contract came from, to prefill a new order. Empty when the
 * contract has no quote or the quote cannot be read (the order's lines are then typed by hand).
 */
export function useQuoteLinesForOrder(quoteId: string | null | undefined, enabled: boolean) {
  return useQuery({
    queryKey: [...ordersKey, 'quote-lines', quoteId],
    queryFn: async (): Promise<QuoteLineForOrder[]> => {
      try {
        const quote = await api.get('/api/quotes/{id}', { params: { id: quoteId ?? '' } });
        return quote.lines.map((l) => ({
          productId: l.productId,
          productName: l.productName,
          unit: l.unit,
          quantity: l.quantity,
        }));
      } catch {
        return [];
      }
    },
    enabled: enabled && !!quoteId,
    retry: false,
    staleTime: 60_000,
  });
}
