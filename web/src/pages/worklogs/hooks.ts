import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api';
import type { ApiBody, ApiQuery, ApiResponse } from '../../api/routes';

export type TWorkLog = ApiResponse<'GET /api/worklogs/{id}'>;
export type TWorkLogDay = ApiResponse<'GET /api/worklogs/mine/{day}'>;
export type TWorkLogRow = ApiResponse<'GET /api/worklogs'>['items'][number];
export type TWorkLogQuery = ApiQuery<'GET /api/worklogs'>;
export type TWorkLogSave = ApiBody<'PUT /api/worklogs/mine/{day}'>;
export type TQueueItem = ApiResponse<'GET /api/supervision/queue'>['items'][number];
export type TQueueQuery = ApiQuery<'GET /api/supervision/queue'>;
export type TSummary = ApiResponse<'GET /api/month-summaries/{id}'>;
export type TSummaryQuery = ApiQuery<'GET /api/month-summaries'>;
export type TSummaryFields = ApiBody<'PUT /api/month-summaries/mine/{month}'>;

const key = ['worklogs'] as const;
const summariesKey = ['month-summaries'] as const;
/** A log saved, submitted or reviewed changes 待办 and the review queue. */
const alsoChanged = [['todo'], ['supervision']] as const;

/** OPS-1: my log of a day, with its due time and the prefill. */
export function useMyLogDay(day: string) {
  return useQuery({
    queryKey: [...key, 'mine', day],
    queryFn: () => api.get('/api/worklogs/mine/{day}', { params: { day } }),
  });
}

export function useLogList(query: TWorkLogQuery, enabled = true) {
  return useQuery({
    queryKey: [...key, 'list', query],
    queryFn: () => api.get('/api/worklogs', { query }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useLog(id: string | null) {
  return useQuery({
    queryKey: [...key, 'one', id],
    queryFn: () => api.get('/api/worklogs/{id}', { params: { id: id! } }),
    enabled: id !== null,
  });
}

function useChange<V, R>(fn: (vars: V) => Promise<R>, keys: readonly (readonly string[])[] = [key]) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () =>
      Promise.all([...keys, ...alsoChanged].map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}

export const useSaveLog = () =>
  useChange(({ day, body }: { day: string; body: TWorkLogSave }) =>
    api.put('/api/worklogs/mine/{day}', { params: { day }, body }),
  );
export const useSubmitLog = () =>
  useChange(({ day, body }: { day: string; body: TWorkLogSave }) =>
    api.post('/api/worklogs/mine/{day}/submit', { params: { day }, body }),
  );
export const useReviewLog = () =>
  useChange(({ id, verdict, comment }: { id: string; verdict: 'approved' | 'returned'; comment?: string }) =>
    api.post('/api/worklogs/{id}/review', { params: { id }, body: { verdict, comment: comment ?? null } }),
  );

/** OPS-7: what waits for my review. */
export function useReviewQueue(query: TQueueQuery) {
  return useQuery({
    queryKey: ['supervision', 'queue', query],
    queryFn: () => api.get('/api/supervision/queue', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useSummaryList(query: TSummaryQuery) {
  return useQuery({
    queryKey: [...summariesKey, 'list', query],
    queryFn: () => api.get('/api/month-summaries', { query }),
    placeholderData: keepPreviousData,
  });
}
export function useSummary(id: string | null) {
  return useQuery({
    queryKey: [...summariesKey, 'one', id],
    queryFn: () => api.get('/api/month-summaries/{id}', { params: { id: id! } }),
    enabled: id !== null,
  });
}
export function useMySummary(month: string) {
  return useQuery({
    queryKey: [...summariesKey, 'mine', month],
    queryFn: () => api.get('/api/month-summaries/mine/{month}', { params: { month } }),
  });
}
export const useSaveSummary = () =>
  useChange(
    ({ month, body }: { month: string; body: TSummaryFields }) =>
      api.put('/api/month-summaries/mine/{month}', { params: { month }, body }),
    [summariesKey],
  );
export const useSubmitSummary = () =>
  useChange(
    ({ month, body }: { month: string; body: TSummaryFields }) =>
      api.post('/api/month-summaries/mine/{month}/submit', { params: { month }, body }),
    [summariesKey],
  );
export const useMarkSummaryRead = () =>
  useChange((id: string) => api.post('/api/month-summaries/{id}/read', { params: { id } }), [summariesKey]);
