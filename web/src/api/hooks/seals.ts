import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';
import type {
  TSealCheckOut,
  TSealCreate,
  TSealRequestCreate,
  TSealRequestQuery,
  TSealReturn,
  TSealViolationCreate,
} from '../types';

export const sealsKey = ['seals'] as const;

/** Q2C-9: the seal register. */
export function useSeals() {
  return useQuery({
    queryKey: [...sealsKey, 'list'],
    queryFn: () => api.get('/api/seals'),
    select: (d) => d.items,
  });
}

export function useSealRequests(query: TSealRequestQuery) {
  return useQuery({
    queryKey: [...sealsKey, 'requests', query],
    queryFn: () => api.get('/api/seal-requests', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useSealLog(id: string | undefined) {
  return useQuery({
    queryKey: [...sealsKey, 'log', id],
    queryFn: () => api.get('/api/seals/{id}/log', { params: { id: id ?? '' } }),
    select: (d) => d.items,
    enabled: id !== undefined,
  });
}

export function useSealViolations(query: { page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...sealsKey, 'violations', query],
    queryFn: () => api.get('/api/seal-violations', { query }),
    placeholderData: keepPreviousData,
  });
}

function useSealMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: sealsKey }),
        client.invalidateQueries({ queryKey: ['approvals'] }),
      ]),
  });
}

export const useCreateSeal = () => useSealMutation((body: TSealCreate) => api.post('/api/seals', { body }));

export const useCreateSealRequest = () =>
  useSealMutation((body: TSealRequestCreate) => api.post('/api/seal-requests', { body }));

export const useSubmitSealRequest = () =>
  useSealMutation((id: string) => api.post('/api/seal-requests/{id}/submit', { params: { id } }));

export const useCheckOutSeal = () =>
  useSealMutation(({ id, ...body }: TSealCheckOut & { id: string }) =>
    api.post('/api/seals/{id}/check-out', { params: { id }, body }),
  );

export const useReturnSeal = () =>
  useSealMutation(({ id, ...body }: TSealReturn & { id: string }) =>
    api.post('/api/seals/{id}/return', { params: { id }, body }),
  );

/** Q2C-9: the custodian records a seal taken without approval (the fine comes from the policies). */
export const useRecordSealViolation = () =>
  useSealMutation((body: TSealViolationCreate) => api.post('/api/seal-violations', { body }));

/** Q2C-9: harm that followed is recorded on the violation; its fine becomes the harm fine. */
export const useRecordSealHarm = () =>
  useSealMutation(({ id, harmNote }: { id: string; harmNote: string }) =>
    api.post('/api/seal-violations/{id}/harm', { params: { id }, body: { harmNote } }),
  );
