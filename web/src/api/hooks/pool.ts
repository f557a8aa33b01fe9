import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';
import type {
  TCustomerOwnership,
  TOwnershipLogQuery,
  TPoolListQuery,
  TReassignCustomer,
  TReleaseCustomer,
} from '../types';
import { customersKey } from './customers';

export const poolKey = ['pool'] as const;

/** 公海: pool customers company-wide, paged and sorted by the server. */
export function usePoolPage(query: TPoolListQuery) {
  return useQuery({
    queryKey: [...poolKey, 'page', query],
    queryFn: () => api.get('/api/customers/pool', { query }),
    placeholderData: keepPreviousData,
  });
}

/** 公海 preview: a pool customer read before claiming it (no phones until claimed). */
export function usePoolPreview(id: string | null) {
  return useQuery({
    queryKey: [...poolKey, 'preview', id],
    queryFn: () => api.get('/api/customers/pool/{id}', { params: { id: id ?? '' } }),
    enabled: id !== null,
  });
}

/** My claims today and my book size, against the caps. */
export function usePoolQuota(enabled = true) {
  return useQuery({
    queryKey: [...poolKey, 'quota'],
    queryFn: () => api.get('/api/customers/pool/quota'),
    enabled,
  });
}

/**
 * Where a customer stands on the pool clock. Kept under the customer's detail key: a follow-up
 * (a customer mutation) restarts the clock, so the banner refreshes with the page.
 */
export function usePoolStatus(customerId: string) {
  return useQuery({
    queryKey: [...customersKey, 'detail', customerId, 'pool-status'],
    queryFn: () => api.get('/api/customers/{id}/pool-status', { params: { id: customerId } }),
  });
}

export function useOwnershipLog(customerId: string, query: TOwnershipLogQuery) {
  return useQuery({
    queryKey: [...poolKey, 'ownership', customerId, query],
    queryFn: () => api.get('/api/customers/{id}/ownership', { params: { id: customerId }, query }),
    placeholderData: keepPreviousData,
  });
}

/** People I may give customers to (my scope for customer:assign), with their book sizes. */
export function useAssignees(q: string, enabled: boolean) {
  return useQuery({
    queryKey: [...poolKey, 'assignees', q],
    queryFn: () => api.get('/api/customers/assignees', { query: q ? { q } : {} }),
    select: (d) => d.items,
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** An owner changed: the pool, the quota, pool clocks, ownership logs and the customer screens. */
function useOwnershipMutation<V>(fn: (vars: V) => Promise<TCustomerOwnership>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: poolKey }),
        client.invalidateQueries({ queryKey: customersKey }),
      ]);
    },
  });
}

export const useClaimCustomer = () =>
  useOwnershipMutation((id: string) => api.post('/api/customers/{id}/claim', { params: { id } }));
export const useReleaseCustomer = () =>
  useOwnershipMutation(({ id, body }: { id: string; body: TReleaseCustomer }) =>
    api.post('/api/customers/{id}/release', { params: { id }, body }),
  );
export const useReassignCustomer = () =>
  useOwnershipMutation(({ id, body }: { id: string; body: TReassignCustomer }) =>
    api.post('/api/customers/{id}/reassign', { params: { id }, body }),
  );
