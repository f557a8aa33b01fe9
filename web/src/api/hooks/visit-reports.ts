import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';
import type { ApiBody, ApiQuery, ApiResponse } from '../routes';
import { tasksKey } from './tasks';
import { notificationsKey, todoKey } from './todo';

/** VIS-5: a visit report as the API shows it, with its commitments (VIS-6). */
export type TVisitReport = ApiResponse<'GET /api/visit-reports/{id}'>;
export type TVisitReportInput = ApiBody<'PUT /api/visits/{id}/report'>;
export type TVisitReportListQuery = ApiQuery<'GET /api/visit-reports'>;
export type TVisitReportListItem = ApiResponse<'GET /api/visit-reports'>['items'][number];
export type TVisitCommitment = ApiResponse<'GET /api/visit-commitments/{id}'>;
export type TVisitCommitmentListQuery = ApiQuery<'GET /api/visit-commitments'>;

/** The approval document type of visit reports (their review runs on the approval engine). */
export const VISIT_REPORT_DOC = 'visit_report';

export const visitReportsKey = ['visit-reports'] as const;
export const visitCommitmentsKey = ['visit-commitments'] as const;

/** A report by its own id (`/visit-reports/:id`) or by its visit's (`/visits/:id/report`). */
export function useVisitReport(ref: { reportId?: string; visitId?: string }) {
  return useQuery({
    queryKey: [...visitReportsKey, 'detail', ref],
    queryFn: () =>
      ref.reportId
        ? api.get('/api/visit-reports/{id}', { params: { id: ref.reportId } })
        : api.get('/api/visits/{id}/report', { params: { id: ref.visitId ?? '' } }),
    enabled: !!(ref.reportId || ref.visitId),
  });
}

export function useVisitReportPage(query: TVisitReportListQuery) {
  return useQuery({
    queryKey: [...visitReportsKey, 'page', query],
    queryFn: () => api.get('/api/visit-reports', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useVisitCommitmentPage(query: TVisitCommitmentListQuery) {
  return useQuery({
    queryKey: [...visitCommitmentsKey, 'page', query],
    queryFn: () => api.get('/api/visit-commitments', { query }),
    placeholderData: keepPreviousData,
  });
}

/** A report or commitment changed: reports, commitments, tasks, the to-do list and badge. */
function useVisitMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: visitReportsKey }),
        client.invalidateQueries({ queryKey: visitCommitmentsKey }),
        client.invalidateQueries({ queryKey: tasksKey }),
        client.invalidateQueries({ queryKey: ['approvals'] }),
        client.invalidateQueries({ queryKey: todoKey }),
        client.invalidateQueries({ queryKey: notificationsKey }),
      ]);
    },
  });
}

export const useSaveVisitReport = () =>
  useVisitMutation(({ visitId, body }: { visitId: string; body: TVisitReportInput }) =>
    api.put('/api/visits/{id}/report', { params: { id: visitId }, body }),
  );
export const useSubmitVisitReport = () =>
  useVisitMutation(({ visitId, body }: { visitId: string; body: TVisitReportInput }) =>
    api.post('/api/visits/{id}/report/submit', { params: { id: visitId }, body }),
  );
export const useCommitmentDone = () =>
  useVisitMutation(({ id, note }: { id: string; note: string }) =>
    api.post('/api/visit-commitments/{id}/done', { params: { id }, body: { note } }),
  );
export const useConfirmCommitment = () =>
  useVisitMutation((id: string) => api.post('/api/visit-commitments/{id}/confirm', { params: { id } }));

/** One commitment (the list's detail drawer, a link from 待办 or a notice). */
export function useVisitCommitment(id: string | null | undefined) {
  return useQuery({
    queryKey: [...visitCommitmentsKey, 'detail', id],
    queryFn: () => api.get('/api/visit-commitments/{id}', { params: { id: id ?? '' } }),
    enabled: !!id,
  });
}
