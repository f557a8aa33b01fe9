import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api';
import type { ApiQuery, ApiResponse } from '../../api/routes';

export type TDaySummary = ApiResponse<'GET /api/day-summaries/{id}'>;
export type TDaySummaryRow = ApiResponse<'GET /api/day-summaries'>['items'][number];
export type TDaySummaryQuery = ApiQuery<'GET /api/day-summaries'>;

export const summariesKey = ['day-summaries'] as const;

/** OPS-3: the archive of summaries I may read, paged and filtered by the server. */
export function useDaySummaryList(query: TDaySummaryQuery) {
  return useQuery({
    queryKey: [...summariesKey, 'list', query],
    queryFn: () => api.get('/api/day-summaries', { query }),
    placeholderData: keepPreviousData,
  });
}

/** OPS-3: the assistant's summaries to send (or the latest sent). */
export function useMyDaySummaries(enabled: boolean) {
  return useQuery({
    queryKey: [...summariesKey, 'mine'],
    queryFn: () => api.get('/api/day-summaries/mine'),
    enabled,
  });
}

export function useDaySummary(id: string) {
  return useQuery({
    queryKey: [...summariesKey, 'one', id],
    queryFn: () => api.get('/api/day-summaries/{id}', { params: { id } }),
  });
}

function useSummaryMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () =>
      Promise.all([summariesKey, ['todo']].map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}

export const useSaveRemarks = () =>
  useSummaryMutation(({ id, remarks }: { id: string; remarks: string }) =>
    api.post('/api/day-summaries/{id}/remarks', { params: { id }, body: { remarks } }),
  );

export const useSendSummary = () =>
  useSummaryMutation(({ id, remarks }: { id: string; remarks: string }) =>
    api.post('/api/day-summaries/{id}/send', { params: { id }, body: { remarks } }),
  );
