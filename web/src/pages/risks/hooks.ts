import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api';
import { notificationsKey, todoKey } from '../../api/hooks/todo';
import type { ApiBody, ApiQuery, ApiResponse } from '../../api/routes';

export type TRisk = ApiResponse<'GET /api/risks/{id}'>;
export type TRiskRow = ApiResponse<'GET /api/risks'>['items'][number];
export type TRiskQuery = ApiQuery<'GET /api/risks'>;
export type TRiskCreate = ApiBody<'POST /api/risks'>;
export type TRiskUpdate = ApiBody<'PATCH /api/risks/{id}'>;
export type TRiskReview = ApiBody<'POST /api/risks/{id}/review'>;
export type TRiskHeatmap = ApiResponse<'GET /api/risks/heatmap'>;

export const risksKey = ['risks'] as const;

export function useRiskPage(query: TRiskQuery) {
  return useQuery({
    queryKey: [...risksKey, 'page', query],
    queryFn: () => api.get('/api/risks', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useRiskHeatmap(enabled = true) {
  return useQuery({
    queryKey: [...risksKey, 'heatmap'],
    queryFn: () => api.get('/api/risks/heatmap'),
    enabled,
  });
}

export function useRisk(id: string | undefined) {
  return useQuery({
    queryKey: [...risksKey, 'detail', id],
    queryFn: () => api.get('/api/risks/{id}', { params: { id: id ?? '' } }),
    enabled: id !== undefined,
  });
}

/** A risk changed: the register, the heat map, the detail, 待办 (its review due item) and the notices. */
function useRiskMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: risksKey }),
        client.invalidateQueries({ queryKey: todoKey }),
        client.invalidateQueries({ queryKey: notificationsKey }),
      ]);
    },
  });
}

export const useCreateRisk = () => useRiskMutation((body: TRiskCreate) => api.post('/api/risks', { body }));
export const useUpdateRisk = () =>
  useRiskMutation(({ id, body }: { id: string; body: TRiskUpdate }) =>
    api.patch('/api/risks/{id}', { params: { id }, body }),
  );
export const useReviewRisk = () =>
  useRiskMutation(({ id, body }: { id: string; body: TRiskReview }) =>
    api.post('/api/risks/{id}/review', { params: { id }, body }),
  );
export const useReopenRisk = () =>
  useRiskMutation(({ id, note, reviewOn }: { id: string; note: string; reviewOn: string }) =>
    api.post('/api/risks/{id}/reopen', { params: { id }, body: { note, reviewOn } }),
  );
