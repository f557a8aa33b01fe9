import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api';
import type { ApiBody, ApiQuery, ApiResponse } from '../../api/routes';

export type TPlan = ApiResponse<'GET /api/commission/plans/{id}'>;
export type TPlanRow = ApiResponse<'GET /api/commission/plans'>['items'][number];
export type TPlanWrite = ApiBody<'POST /api/commission/plans'>;
export type TPlanQuery = ApiQuery<'GET /api/commission/plans'>;
export type TStatement = ApiResponse<'GET /api/commission/statements/{id}'>;
export type TStatementRow = ApiResponse<'GET /api/commission/statements'>['items'][number];
export type TStatementLine = TStatement['lines'][number];
export type TStatementQuery = ApiQuery<'GET /api/commission/statements'>;

export const commissionKey = ['commission'] as const;
/** Submissions and generation change 待办 and the approvals. */
const alsoChanged = [['todo'], ['approvals']] as const;

/** INC-1: the plans, paged and filtered by the server. */
export function usePlans(query: TPlanQuery) {
  return useQuery({
    queryKey: [...commissionKey, 'plans', query],
    queryFn: () => api.get('/api/commission/plans', { query }),
    placeholderData: keepPreviousData,
  });
}

export function usePlan(id: string | null) {
  return useQuery({
    queryKey: [...commissionKey, 'plan', id],
    queryFn: () => api.get('/api/commission/plans/{id}', { params: { id: id! } }),
    enabled: id !== null,
  });
}

/** INC-1: the statements I may read, paged and filtered by the server. */
export function useStatements(query: TStatementQuery) {
  return useQuery({
    queryKey: [...commissionKey, 'statements', query],
    queryFn: () => api.get('/api/commission/statements', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useStatement(id: string) {
  return useQuery({
    queryKey: [...commissionKey, 'statement', id],
    queryFn: () => api.get('/api/commission/statements/{id}', { params: { id } }),
  });
}

function useCommissionMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () =>
      Promise.all([commissionKey, ...alsoChanged].map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}

export const useCreatePlan = () =>
  useCommissionMutation((body: TPlanWrite) => api.post('/api/commission/plans', { body }));
export const useUpdatePlan = () =>
  useCommissionMutation(({ id, body }: { id: string; body: TPlanWrite }) =>
    api.put('/api/commission/plans/{id}', { params: { id }, body }),
  );
export const useRevisePlan = () =>
  useCommissionMutation((id: string) => api.post('/api/commission/plans/{id}/revise', { params: { id } }));
export const useSubmitPlan = () =>
  useCommissionMutation((id: string) => api.post('/api/commission/plans/{id}/submit', { params: { id } }));
export const useGenerate = () =>
  useCommissionMutation((period: string) =>
    api.post('/api/commission/statements/generate', { body: { period } }),
  );
export const useClosePeriod = () =>
  useCommissionMutation((period: string) => api.post('/api/commission/periods/close', { body: { period } }));
export const useSubmitStatement = () =>
  useCommissionMutation((id: string) =>
    api.post('/api/commission/statements/{id}/submit', { params: { id } }),
  );
export const useRegenerate = () =>
  useCommissionMutation((id: string) =>
    api.post('/api/commission/statements/{id}/regenerate', { params: { id } }),
  );

/** A rate in basis points as a percentage: 1500 → "15%", 250 → "2.5%". */
export const rateText = (bp: number | null | undefined) =>
  bp === null || bp === undefined ? '' : `${(bp / 100).toFixed(2).replace(/\.?0+$/, '')}%`;
