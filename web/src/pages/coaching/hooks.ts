import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api';
import type { ApiBody, ApiQuery, ApiResponse } from '../../api/routes';

export type TCoaching = ApiResponse<'GET /api/coaching/{id}'>;
export type TCoachingQuery = ApiQuery<'GET /api/coaching'>;
export type TCoachingCreate = ApiBody<'POST /api/coaching'>;
export type TCoachingStatus = TCoaching['status'];

export const coachingKey = ['coaching'] as const;
/** Recording a coaching or its follow-up changes 待办, the plans and the board. */
const alsoChanged = [['todo'], ['indicators']] as const;

/** PLAN-6: the coaching records I may read, paged and sorted by the server. */
export function useCoachingList(query: TCoachingQuery) {
  return useQuery({
    queryKey: [...coachingKey, 'list', query],
    queryFn: () => api.get('/api/coaching', { query }),
    placeholderData: keepPreviousData,
  });
}

/** One coaching record (null: none open). */
export function useCoaching(id: string | null) {
  return useQuery({
    queryKey: [...coachingKey, 'one', id],
    queryFn: () => api.get('/api/coaching/{id}', { params: { id: id! } }),
    enabled: id !== null,
  });
}

function useCoachingMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () =>
      Promise.all([coachingKey, ...alsoChanged].map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}

export const useRecordCoaching = () =>
  useCoachingMutation((body: TCoachingCreate) => api.post('/api/coaching', { body }));

export const useFollowUp = () =>
  useCoachingMutation(({ id, note }: { id: string; note: string }) =>
    api.post('/api/coaching/{id}/follow-up', { params: { id }, body: { note } }),
  );
