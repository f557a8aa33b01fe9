import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api';
import type { ApiBody, ApiQuery, ApiResponse } from '../../api/routes';

export type TStatReport = ApiResponse<'GET /api/stat-reports/{id}'>;
export type TStatReportSummary = ApiResponse<'GET /api/stat-reports'>['items'][number];
export type TStatReportQuery = ApiQuery<'GET /api/stat-reports'>;
export type TReportRow = TStatReport['figures']['total'];
export type TFigures = TReportRow['figures'];
export type TMeasure = keyof TFigures;
export type TFigure = TFigures['visits'];
export type TIndicatorFigure = TFigures['volume'];
export type TWeeklyRequest = ApiBody<'POST /api/stat-reports'>;

export const statReportsKey = ['stat-reports'] as const;

/** OPS-4: the reports I may read, paged, sorted and filtered by the server. */
export function useStatReports(query: TStatReportQuery) {
  return useQuery({
    queryKey: [...statReportsKey, 'list', query],
    queryFn: () => api.get('/api/stat-reports', { query }),
    placeholderData: keepPreviousData,
  });
}

/** One report with its figures and analysis. */
export function useStatReport(id: string) {
  return useQuery({
    queryKey: [...statReportsKey, 'one', id],
    queryFn: () => api.get('/api/stat-reports/{id}', { params: { id } }),
  });
}

function useReportMutation<V>(fn: (vars: V) => Promise<TStatReport>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (report) => client.setQueryData([...statReportsKey, 'one', report.id], report),
    onSettled: () =>
      Promise.all([statReportsKey, ['todo']].map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}

/** OPS-4 (情况特殊时每周可做一次): a weekly report of a unit. */
export const useRequestWeekly = () =>
  useReportMutation((body: TWeeklyRequest) => api.post('/api/stat-reports', { body }));

/** OPS-4 (主管作完分析报告): the analysis written on a report; blank clears it. */
export const useWriteAnalysis = () =>
  useReportMutation(({ id, analysis }: { id: string; analysis: string }) =>
    api.patch('/api/stat-reports/{id}', { params: { id }, body: { analysis } }),
  );
