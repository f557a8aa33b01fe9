import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/api';
import type { ApiBody, ApiResponse } from '../../../api/routes';

export type TSalesPlan = ApiResponse<'GET /api/sales-plans/{id}'>;
export type TSalesPlanStatus = TSalesPlan['status'];
export type TMetric = TSalesPlan['metrics'][number];
export type TSalesPlanTarget = TSalesPlan['targets'][number];
export type TSalesPlanContent = ApiBody<'PUT /api/sales-plans/{id}'>;
export type TSalesPlanOfYear = ApiResponse<'GET /api/sales-plans/of-year'>;

export const salesPlansKey = ['sales-plans'] as const;
const alsoChanged = [['todo'], ['approvals']] as const;

/** PLAN-1: the year's plan as the reader opens it (default this year). */
export function useSalesPlanOfYear(year: number | undefined, enabled = true) {
  return useQuery({
    queryKey: [...salesPlansKey, 'year', year ?? 'this'],
    queryFn: () => api.get('/api/sales-plans/of-year', { query: year ? { year } : {} }),
    enabled,
  });
}

/** One version of a year's plan. */
export function useSalesPlan(id: string | undefined) {
  return useQuery({
    queryKey: [...salesPlansKey, 'one', id],
    queryFn: () => api.get('/api/sales-plans/{id}', { params: { id: id ?? '' } }),
    enabled: id !== undefined,
  });
}

function usePlanMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () =>
      Promise.all([salesPlansKey, ...alsoChanged].map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}

export const useCreateSalesPlan = () =>
  usePlanMutation((body: TSalesPlanContent & { year: number }) => api.post('/api/sales-plans', { body }));

export const useSaveSalesPlan = () =>
  usePlanMutation(({ id, body }: { id: string; body: TSalesPlanContent }) =>
    api.put('/api/sales-plans/{id}', { params: { id }, body }),
  );

export const useReviseSalesPlan = () =>
  usePlanMutation(({ id, changeReason }: { id: string; changeReason: string }) =>
    api.post('/api/sales-plans/{id}/revise', { params: { id }, body: { changeReason } }),
  );
