import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api';
import type { ApiBody, ApiQuery, ApiResponse } from '../../api/routes';

export type TPersonalPlan = ApiResponse<'GET /api/personal-plans/{id}'>;
export type TPlanItem = TPersonalPlan['items'][number];
export type TPlanTarget = TPersonalPlan['targets'][number];
export type TPlanStatus = TPersonalPlan['status'];
export type TItemKind = TPlanItem['kind'];
export type TItemRef = NonNullable<TPlanItem['ref']>;
export type TMyPersonalPlan = ApiResponse<'GET /api/personal-plans/mine'>;
export type TTeamPlans = ApiResponse<'GET /api/personal-plans/team'>;
export type TTeamPlanRow = TTeamPlans['items'][number];
export type TPlanSave = ApiBody<'PUT /api/personal-plans/{id}'>;
export type TPlanItemInput = NonNullable<TPlanSave['items']>[number];

export const personalPlansKey = ['personal-plans'] as const;
/** The to-do list and the approvals change with every submission. */
const alsoChanged = [['todo'], ['approvals']] as const;

/** PLAN-4: my plan for a period (default next month), my targets and when it is due. */
export function useMyPersonalPlan(period: string | undefined) {
  return useQuery({
    queryKey: [...personalPlansKey, 'mine', period ?? 'next'],
    queryFn: () => api.get('/api/personal-plans/mine', { query: period ? { period } : {} }),
  });
}

/** One plan version I may read. */
export function usePersonalPlan(id: string) {
  return useQuery({
    queryKey: [...personalPlansKey, 'one', id],
    queryFn: () => api.get('/api/personal-plans/{id}', { params: { id } }),
  });
}

/** PLAN-4: the team's plans for a period, missing ones flagged. */
export function useTeamPersonalPlans(query: ApiQuery<'GET /api/personal-plans/team'>) {
  return useQuery({
    queryKey: [...personalPlansKey, 'team', query],
    queryFn: () => api.get('/api/personal-plans/team', { query }),
    placeholderData: keepPreviousData,
  });
}

/** What I may put in my plan: my customers or my open opportunities, matching a search. */
export function usePlanChoices(kind: 'customer' | 'opportunity', q: string) {
  return useQuery({
    queryKey: [...personalPlansKey, 'choices', kind, q],
    queryFn: () => api.get('/api/personal-plans/choices', { query: q ? { kind, q } : { kind } }),
    placeholderData: keepPreviousData,
  });
}

function usePlanMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () =>
      Promise.all(
        [personalPlansKey, ...alsoChanged].map((queryKey) => client.invalidateQueries({ queryKey })),
      ),
  });
}

export const useCreatePersonalPlan = () =>
  usePlanMutation((period: string) => api.post('/api/personal-plans', { body: { period } }));

export const useSavePersonalPlan = () =>
  usePlanMutation(({ id, body }: { id: string; body: TPlanSave }) =>
    api.put('/api/personal-plans/{id}', { params: { id }, body }),
  );

export const useRevisePersonalPlan = () =>
  usePlanMutation(({ id, changeReason }: { id: string; changeReason: string }) =>
    api.post('/api/personal-plans/{id}/revise', { params: { id }, body: { changeReason } }),
  );

/** The items as the API takes them back. */
export const itemInputs = (items: readonly TPlanItem[]): TPlanItemInput[] =>
  items.map((i) => ({ kind: i.kind, refId: i.ref?.id ?? null, note: i.note, expectedFen: i.expectedFen }));
