import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TContract,
  TContractPage,
  TDeliveryDocumentKind,
  TOrder,
  TOrderCreate,
  TOrderListQuery,
  TOrderPage,
  TQuote,
  TReturn,
  TReturnCreate,
  TReturnListQuery,
  TReturnPage,
  TReturnUpdate,
  TShipmentCreate,
} from '@xiaoguan/server/api';
import { api } from '../api';

export const ordersKey = ['orders'] as const;
export const returnsKey = ['returns'] as const;
const orderBase = (id: string) => `/api/orders/${encodeURIComponent(id)}`;
const returnBase = (id: string) => `/api/returns/${encodeURIComponent(id)}`;

export function useOrderPage(query: TOrderListQuery, enabled = true) {
  return useQuery({
    queryKey: [...ordersKey, 'page', query],
    queryFn: () => api.get<TOrderPage>('/api/orders', query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useOrder(id: string | undefined) {
  return useQuery({
    queryKey: [...ordersKey, 'detail', id],
    queryFn: () => api.get<TOrder>(orderBase(id ?? '')),
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
  useOrderMutation((body: TOrderCreate) => api.post<TOrder>('/api/orders', body));

export const useRecordShipment = () =>
  useOrderMutation(({ id, ...body }: TShipmentCreate & { id: string }) =>
    api.post<TOrder>(`${orderBase(id)}/shipments`, body),
  );

export const useSetDeliveryDocument = () =>
  useOrderMutation(({ id, kind, provided }: { id: string; kind: TDeliveryDocumentKind; provided: boolean }) =>
    api.put<TOrder>(`${orderBase(id)}/documents/${kind}`, { provided }),
  );

/** Q2C-10: where a delivery document's scan is uploaded (multipart, field `file`) and viewed. */
export const documentScanUrl = (id: string, kind: TDeliveryDocumentKind) =>
  `${orderBase(id)}/documents/${kind}/file`;

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
  useOrderMutation((id: string) => api.post<TOrder>(`${orderBase(id)}/deliver`));

export const useAcceptOrder = () =>
  useOrderMutation((id: string) => api.post<TOrder>(`${orderBase(id)}/accept`));

export function useReturnPage(query: TReturnListQuery) {
  return useQuery({
    queryKey: [...returnsKey, 'page', query],
    queryFn: () => api.get<TReturnPage>('/api/returns', query),
    placeholderData: keepPreviousData,
  });
}

export function useReturn(id: string | undefined) {
  return useQuery({
    queryKey: [...returnsKey, 'detail', id],
    queryFn: () => api.get<TReturn>(returnBase(id ?? '')),
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
  useReturnMutation((body: TReturnCreate) => api.post<TReturn>('/api/returns', body));

export const useUpdateReturn = () =>
  useReturnMutation(({ id, ...body }: TReturnUpdate & { id: string }) =>
    api.patch<TReturn>(returnBase(id), body),
  );

export const useSubmitReturn = () =>
  useReturnMutation((id: string) => api.post<TReturn>(`${returnBase(id)}/submit`));

/** Signed main contracts in my scope whose number, title or customer matches (orders and returns start from one). */
export function useSignedContractChoices(q: string, enabled: boolean, customerId?: string) {
  return useQuery({
    queryKey: [...ordersKey, 'contract-choices', q, customerId],
    queryFn: () =>
      api.get<TContractPage>('/api/contracts', {
        q: q || undefined,
        kind: 'main',
        status: 'signed',
        customerId,
        pageSize: 20,
      }),
    select: (d) => d.items,
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useContractForOrders(contractId: string | undefined) {
  return useQuery({
    queryKey: [...ordersKey, 'contract', contractId],
    queryFn: () => api.get<TContract>(`/api/contracts/${encodeURIComponent(contractId ?? '')}`),
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
        const quote = await api.get<TQuote>(`/api/quotes/${encodeURIComponent(quoteId ?? '')}`);
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
