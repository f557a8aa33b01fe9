import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TSeal,
  TSealCheckOut,
  TSealCheckOutResult,
  TSealCreate,
  TSealList,
  TSealLog,
  TSealRequest,
  TSealRequestCreate,
  TSealRequestPage,
  TSealRequestQuery,
  TSealReturn,
  TSealViolationPage,
} from '@xiaoguan/server/api';
import { api } from '../api';

export const sealsKey = ['seals'] as const;
const base = (id: string) => `/api/seals/${encodeURIComponent(id)}`;

/** Q2C-9: the seal register. */
export function useSeals() {
  return useQuery({
    queryKey: [...sealsKey, 'list'],
    queryFn: () => api.get<TSealList>('/api/seals'),
    select: (d) => d.items,
  });
}

export function useSealRequests(query: TSealRequestQuery) {
  return useQuery({
    queryKey: [...sealsKey, 'requests', query],
    queryFn: () => api.get<TSealRequestPage>('/api/seal-requests', query),
    placeholderData: keepPreviousData,
  });
}

export function useSealLog(id: string | undefined) {
  return useQuery({
    queryKey: [...sealsKey, 'log', id],
    queryFn: () => api.get<TSealLog>(`${base(id ?? '')}/log`),
    select: (d) => d.items,
    enabled: id !== undefined,
  });
}

export function useSealViolations(query: { page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...sealsKey, 'violations', query],
    queryFn: () => api.get<TSealViolationPage>('/api/seal-violations', query),
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

export const useCreateSeal = () =>
  useSealMutation((body: TSealCreate) => api.post<TSeal>('/api/seals', body));

export const useCreateSealRequest = () =>
  useSealMutation((body: TSealRequestCreate) => api.post<TSealRequest>('/api/seal-requests', body));

export const useSubmitSealRequest = () =>
  useSealMutation((id: string) =>
    api.post<TSealRequest>(`/api/seal-requests/${encodeURIComponent(id)}/submit`),
  );

export const useCheckOutSeal = () =>
  useSealMutation(({ id, ...body }: TSealCheckOut & { id: string }) =>
    api.post<TSealCheckOutResult>(`${base(id)}/check-out`, body),
  );

export const useReturnSeal = () =>
  useSealMutation(({ id, ...body }: TSealReturn & { id: string }) =>
    api.post<TSealCheckOutResult>(`${base(id)}/return`, body),
  );
