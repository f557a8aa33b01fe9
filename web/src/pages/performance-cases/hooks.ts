import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api';
import type { ApiBody, ApiQuery, ApiResponse } from '../../api/routes';

export type TCase = ApiResponse<'GET /api/performance-cases/{id}'>;
export type TCaseRow = ApiResponse<'GET /api/performance-cases'>['items'][number];
export type TCaseQuery = ApiQuery<'GET /api/performance-cases'>;
export type TCaseStatus = TCase['status'];
export type TCaseLevel = TCase['level'];
export type TPlanBody = ApiBody<'POST /api/performance-cases/{id}/plan'>;
export type TDecisionBody = ApiBody<'POST /api/performance-cases/{id}/decision'>;
export type TOutcomeBody = ApiBody<'POST /api/performance-cases/{id}/outcome'>;

export const casesKey = ['performance-cases'] as const;
/** Working a case changes 待办 and the approvals. */
const alsoChanged = [['todo'], ['approvals']] as const;

/** INC-8: the cases I may read, paged, filtered and sorted by the server. */
export function useCaseList(query: TCaseQuery) {
  return useQuery({
    queryKey: [...casesKey, 'list', query],
    queryFn: () => api.get('/api/performance-cases', { query }),
    placeholderData: keepPreviousData,
  });
}

/** One case (null: none open). */
export function useCase(id: string | null) {
  return useQuery({
    queryKey: [...casesKey, 'one', id],
    queryFn: () => api.get('/api/performance-cases/{id}', { params: { id: id! } }),
    enabled: id !== null,
  });
}

function useCaseMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () =>
      Promise.all([casesKey, ...alsoChanged].map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}

export const useRecordInterview = () =>
  useCaseMutation(({ id, heldOn, notes }: { id: string; heldOn: string; notes: string }) =>
    api.post('/api/performance-cases/{id}/interview', { params: { id }, body: { heldOn, notes } }),
  );

export const useSavePlan = () =>
  useCaseMutation(({ id, body }: { id: string; body: TPlanBody }) =>
    api.post('/api/performance-cases/{id}/plan', { params: { id }, body }),
  );

export const useProposeDecision = () =>
  useCaseMutation(({ id, body }: { id: string; body: TDecisionBody }) =>
    api.post('/api/performance-cases/{id}/decision', { params: { id }, body }),
  );

export const useRecordOutcome = () =>
  useCaseMutation(({ id, body }: { id: string; body: TOutcomeBody }) =>
    api.post('/api/performance-cases/{id}/outcome', { params: { id }, body }),
  );
