import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api';
import type { ApiBody, ApiQuery, ApiResponse } from '../../api/routes';

export type TTargetSheet = ApiResponse<'GET /api/target-sets/{id}'>;
export type TSetChild = TTargetSheet['children'][number];
export type TSetVersion = TTargetSheet['versions'][number];
export type TFigures = TTargetSheet['parent'];
export type TTargetTree = ApiResponse<'GET /api/target-sets/tree'>;
export type TTreeNode = TTargetTree['nodes'][number];
export type TMetric = TTargetTree['metric'];
export type TSetKeyQuery = ApiQuery<'GET /api/target-sets/current'>;
export type TLinesInput = ApiBody<'PUT /api/target-sets/{id}/lines'>['children'][number];
export type TSplitRequest = ApiBody<'POST /api/target-sets/{id}/split'>;

export const targetSetsKey = ['target-sets'] as const;
/** The to-do list and the approvals change with every submission. */
const alsoChanged = [['todo'], ['approvals']] as const;

/** PLAN-3: the target tree of a year and metric (every unit I may read). */
export function useTargetTree(year: number, metric: TMetric) {
  return useQuery({
    queryKey: [...targetSetsKey, 'tree', year, metric],
    queryFn: () => api.get('/api/target-sets/tree', { query: { year, metric } }),
  });
}

/** A unit's split for a year and metric: the open version, else the one in force (or none yet). */
export function useCurrentSheet(query: TSetKeyQuery) {
  return useQuery({
    queryKey: [...targetSetsKey, 'current', query],
    queryFn: () => api.get('/api/target-sets/current', { query }),
  });
}

/** One version of a split. */
export function useSheet(id: string) {
  return useQuery({
    queryKey: [...targetSetsKey, 'set', id],
    queryFn: () => api.get('/api/target-sets/{id}', { params: { id } }),
  });
}

function useSetMutation<V>(fn: (vars: V) => Promise<TTargetSheet>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () =>
      Promise.all([targetSetsKey, ...alsoChanged].map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}

export const useCreateSet = () =>
  useSetMutation((body: ApiBody<'POST /api/target-sets'>) => api.post('/api/target-sets', { body }));

export const useSaveLines = () =>
  useSetMutation(({ id, children }: { id: string; children: TLinesInput[] }) =>
    api.put('/api/target-sets/{id}/lines', { params: { id }, body: { children } }),
  );

export const useSplit = () =>
  useSetMutation(({ id, body }: { id: string; body: TSplitRequest }) =>
    api.post('/api/target-sets/{id}/split', { params: { id }, body }),
  );

export const useSubmitSet = () =>
  useSetMutation(({ id, gapReason }: { id: string; gapReason: string | null }) =>
    api.post('/api/target-sets/{id}/submit', { params: { id }, body: { gapReason } }),
  );

/** Invalidates every target query (after an import, which the browser uploads itself). */
export function useRefreshTargets() {
  const client = useQueryClient();
  return () =>
    Promise.all([targetSetsKey, ...alsoChanged].map((queryKey) => client.invalidateQueries({ queryKey })));
}
