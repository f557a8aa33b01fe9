import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';
import { apiUrl } from '../client';
import type { ApiBody, ApiQuery } from '../routes';

export const disciplineKey = ['discipline'] as const;
export type TViolationQuery = ApiQuery<'GET /api/violations'>;
export type TSanctionQuery = ApiQuery<'GET /api/sanctions'>;

/** PEN-2: the violations register (and 我的违规 with whose=mine). */
export function useViolations(query: TViolationQuery) {
  return useQuery({
    queryKey: [...disciplineKey, 'violations', query],
    queryFn: () => api.get('/api/violations', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useViolation(id: string | undefined) {
  return useQuery({
    queryKey: [...disciplineKey, 'violation', id],
    queryFn: () => api.get('/api/violations/{id}', { params: { id: id ?? '' } }),
    enabled: id !== undefined,
  });
}

/** ORG-3: the people above the reader an appeal may go to. */
export function useAppealTargets(enabled: boolean) {
  return useQuery({
    queryKey: [...disciplineKey, 'appeal-targets'],
    queryFn: () => api.get('/api/violations/appeal-targets'),
    select: (d) => d.items,
    enabled,
  });
}

/** PEN-4: sanctions. */
export function useSanctions(query: TSanctionQuery) {
  return useQuery({
    queryKey: [...disciplineKey, 'sanctions', query],
    queryFn: () => api.get('/api/sanctions', { query }),
    placeholderData: keepPreviousData,
  });
}

function useDisciplineMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: disciplineKey }),
  });
}

export const useRecordViolation = () =>
  useDisciplineMutation((body: ApiBody<'POST /api/violations'>) => api.post('/api/violations', { body }));
export const useAppealViolation = () =>
  useDisciplineMutation((v: { id: string; body: ApiBody<'POST /api/violations/{id}/appeal'> }) =>
    api.post('/api/violations/{id}/appeal', { params: { id: v.id }, body: v.body }),
  );
export const useDecideAppeal = () =>
  useDisciplineMutation((v: { id: string; body: ApiBody<'POST /api/violations/{id}/decide'> }) =>
    api.post('/api/violations/{id}/decide', { params: { id: v.id }, body: v.body }),
  );
export const useCancelViolation = () =>
  useDisciplineMutation((v: { id: string; body: ApiBody<'POST /api/violations/{id}/cancel'> }) =>
    api.post('/api/violations/{id}/cancel', { params: { id: v.id }, body: v.body }),
  );
export const useProposeSanction = () =>
  useDisciplineMutation((body: ApiBody<'POST /api/sanctions'>) => api.post('/api/sanctions', { body }));

/** PEN-2: the evidence files of a violation. */
export function useViolationEvidence(id: string | undefined) {
  return useQuery({
    queryKey: [...disciplineKey, 'evidence', id],
    queryFn: () => api.get('/api/violations/{id}/evidence', { params: { id: id ?? '' } }),
    select: (d) => d.items,
    enabled: id !== undefined,
  });
}
export const evidenceUploadUrl = (id: string) => apiUrl('/api/violations/{id}/evidence', { id });
export const evidenceFileUrl = (id: string, fileId: string) =>
  apiUrl('/api/violations/{id}/evidence/{fileId}', { id, fileId });
