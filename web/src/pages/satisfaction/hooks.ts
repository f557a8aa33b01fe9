import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api';
import { apiUrl } from '../../api/client';
import type { ApiBody, ApiQuery, ApiResponse } from '../../api/routes';

export type TSurveyRow = ApiResponse<'GET /api/surveys'>['items'][number];
export type TSurveyQuery = ApiQuery<'GET /api/surveys'>;
export type TSurveySent = ApiResponse<'POST /api/surveys'>;
export type TPraise = ApiResponse<'GET /api/praise/{id}'>;
export type TPraiseQuery = ApiQuery<'GET /api/praise'>;
export type TPraiseCreate = ApiBody<'POST /api/praise'>;

const key = ['satisfaction'] as const;

export function useSurveyPage(query: TSurveyQuery) {
  return useQuery({
    queryKey: [...key, 'surveys', query],
    queryFn: () => api.get('/api/surveys', { query }),
    placeholderData: keepPreviousData,
  });
}

export function usePraisePage(query: TPraiseQuery) {
  return useQuery({
    queryKey: [...key, 'praise', query],
    queryFn: () => api.get('/api/praise', { query }),
    placeholderData: keepPreviousData,
  });
}

/** Customers matching a search, for picking one (customer:read's scope). */
export function useCustomerOptions(q: string) {
  return useQuery({
    queryKey: ['customers', 'options', q],
    queryFn: () => api.get('/api/customers', { query: { q: q || undefined, pageSize: 20 } }),
    placeholderData: keepPreviousData,
  });
}

function useSatisfactionMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: key }) });
}

export const useSendSurvey = () =>
  useSatisfactionMutation((customerId: string) => api.post('/api/surveys', { body: { customerId } }));
export const useResendSurvey = () =>
  useSatisfactionMutation((id: string) => api.post('/api/surveys/{id}/resend', { params: { id } }));
export const useRecordPraise = () =>
  useSatisfactionMutation((body: TPraiseCreate) => api.post('/api/praise', { body }));

/** SVC-3: the evidence files of praise. */
export function usePraiseEvidence(id: string | undefined) {
  return useQuery({
    queryKey: [...key, 'evidence', id],
    queryFn: () => api.get('/api/praise/{id}/evidence', { params: { id: id ?? '' } }),
    select: (d) => d.items,
    enabled: id !== undefined,
  });
}
export const praiseEvidenceUploadUrl = (id: string) => apiUrl('/api/praise/{id}/evidence', { id });
export const praiseEvidenceFileUrl = (id: string, fileId: string) =>
  apiUrl('/api/praise/{id}/evidence/{fileId}', { id, fileId });
