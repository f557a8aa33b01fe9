import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api';
import type { ApiQuery, ApiResponse } from '../../api/routes';

export type TDailyReport = ApiResponse<'GET /api/daily-reports/{id}'>;
export type TDailyReportQuery = ApiQuery<'GET /api/daily-reports'>;
export type TDayFigures = TDailyReport['figures'];

export const dailyReportsKey = ['daily-reports'] as const;

/** OPS-2: the archive of daily reports I may read, paged and filtered by the server. */
export function useDailyReports(query: TDailyReportQuery) {
  return useQuery({
    queryKey: [...dailyReportsKey, 'list', query],
    queryFn: () => api.get('/api/daily-reports', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useDailyReport(id: string) {
  return useQuery({
    queryKey: [...dailyReportsKey, 'one', id],
    queryFn: () => api.get('/api/daily-reports/{id}', { params: { id } }),
  });
}

function useReportMutation<V>(fn: (vars: V) => Promise<TDailyReport>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (report) => client.setQueryData([...dailyReportsKey, 'one', report.id], report),
    onSettled: () =>
      Promise.all([dailyReportsKey, ['todo']].map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}

export const useSaveNotes = () =>
  useReportMutation(({ id, notes }: { id: string; notes: string }) =>
    api.patch('/api/daily-reports/{id}', { params: { id }, body: { notes } }),
  );

export const useSubmitReport = () =>
  useReportMutation(({ id, notes }: { id: string; notes: string }) =>
    api.post('/api/daily-reports/{id}/submit', { params: { id }, body: { notes } }),
  );

export const useReviewReport = () =>
  useReportMutation(
    ({ id, verdict, comment }: { id: string; verdict: 'approved' | 'returned'; comment: string }) =>
      api.post('/api/daily-reports/{id}/review', { params: { id }, body: { verdict, comment } }),
  );

/** OPS-2: today's reports of my unit generated now. */
export function useGenerateToday() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/api/daily-reports/generate', { body: {} }),
    onSettled: () => client.invalidateQueries({ queryKey: dailyReportsKey }),
  });
}
