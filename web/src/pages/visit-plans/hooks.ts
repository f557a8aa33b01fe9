import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api';
import type { ApiBody, ApiQuery, ApiResponse } from '../../api/routes';

export type TVisitPlan = ApiResponse<'GET /api/visit-plans/{id}'>;
export type TPlanLine = TVisitPlan['lines'][number];
export type TPlanChange = TVisitPlan['changes'][number];
export type TPlanStatus = TVisitPlan['status'];
export type TPurpose = TPlanLine['purpose'];
export type TMyPlan = ApiResponse<'GET /api/visit-plans/mine'>;
export type TPlanSummary = ApiResponse<'GET /api/visit-plans'>['items'][number];
export type TPlanQuery = ApiQuery<'GET /api/visit-plans'>;
export type TTeamPlans = ApiResponse<'GET /api/visit-plans/team'>;
export type TTeamPlanRow = TTeamPlans['items'][number];
export type TPlanLineInput = ApiBody<'PUT /api/visit-plans/{id}/lines'>['lines'][number];

export const visitPlansKey = ['visit-plans'] as const;
/** The to-do list and the approvals change with every submission and proposal. */
const alsoChanged = [['todo'], ['approvals']] as const;

/** VIS-1: my plan for a month (default next month) and when it is due. */
export function useMyPlan(month: string | undefined) {
  return useQuery({
    queryKey: [...visitPlansKey, 'mine', month ?? 'next'],
    queryFn: () => api.get('/api/visit-plans/mine', { query: month ? { month } : {} }),
  });
}

/** One plan I may read (by its id, or by the id of one of its changes). */
export function useVisitPlan(id: string, by: 'plan' | 'change' = 'plan') {
  return useQuery({
    queryKey: [...visitPlansKey, by, id],
    queryFn: () =>
      by === 'plan'
        ? api.get('/api/visit-plans/{id}', { params: { id } })
        : api.get('/api/visit-plans/changes/{id}', { params: { id } }),
  });
}

/** VIS-2: the plans I may read, paged and sorted by the server. */
export function useVisitPlans(query: TPlanQuery) {
  return useQuery({
    queryKey: [...visitPlansKey, 'list', query],
    queryFn: () => api.get('/api/visit-plans', { query }),
    placeholderData: keepPreviousData,
  });
}

/** VIS-2: the team's plans for a month side by side. */
export function useTeamPlans(query: ApiQuery<'GET /api/visit-plans/team'>) {
  return useQuery({
    queryKey: [...visitPlansKey, 'team', query],
    queryFn: () => api.get('/api/visit-plans/team', { query }),
    placeholderData: keepPreviousData,
  });
}

function usePlanMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () =>
      Promise.all([visitPlansKey, ...alsoChanged].map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}

export const useCreatePlan = () =>
  usePlanMutation((month: string) => api.post('/api/visit-plans', { body: { month } }));

export const useSaveLines = () =>
  usePlanMutation(({ id, lines }: { id: string; lines: TPlanLineInput[] }) =>
    api.put('/api/visit-plans/{id}/lines', { params: { id }, body: { lines } }),
  );

export const useSubmitPlan = () =>
  usePlanMutation((id: string) => api.post('/api/visit-plans/{id}/submit', { params: { id } }));

export const useProposeChange = () =>
  usePlanMutation(({ id, reason, lines }: { id: string; reason: string; lines: TPlanLineInput[] }) =>
    api.post('/api/visit-plans/{id}/changes', { params: { id }, body: { reason, lines } }),
  );
