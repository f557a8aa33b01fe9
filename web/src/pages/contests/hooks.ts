import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api';
import type { ApiBody, ApiQuery, ApiResponse } from '../../api/routes';

export type TContest = ApiResponse<'GET /api/contests'>['items'][number];
export type TContestDetail = ApiResponse<'GET /api/contests/{id}'>;
export type TContestQuery = ApiQuery<'GET /api/contests'>;
export type TContestInput = ApiBody<'POST /api/contests'>;
export type TContestStatus = TContest['status'];
export type TLeaderboardEntry = TContestDetail['leaderboard'][number];

export const contestsKey = ['contests'] as const;

/** INC-9: the contests I may read, paged by the server. */
export function useContests(query: TContestQuery) {
  return useQuery({
    queryKey: [...contestsKey, 'list', query],
    queryFn: () => api.get('/api/contests', { query }),
    placeholderData: keepPreviousData,
  });
}

/** One contest with its leaderboard. */
export function useContest(id: string | undefined) {
  return useQuery({
    queryKey: [...contestsKey, 'one', id],
    queryFn: () => api.get('/api/contests/{id}', { params: { id: id! } }),
    enabled: id !== undefined,
  });
}

/** The records behind one participant's figure (null: none open). */
export function useContestRecords(id: string, userId: string | null) {
  return useQuery({
    queryKey: [...contestsKey, 'records', id, userId],
    queryFn: () =>
      api.get('/api/contests/{id}/records', { params: { id }, query: { userId: userId!, pageSize: 100 } }),
    enabled: userId !== null,
  });
}

function useContestMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => client.invalidateQueries({ queryKey: contestsKey }),
  });
}

export const useCreateContest = () =>
  useContestMutation((body: TContestInput) => api.post('/api/contests', { body }));
export const useUpdateContest = () =>
  useContestMutation(({ id, body }: { id: string; body: TContestInput }) =>
    api.patch('/api/contests/{id}', { params: { id }, body }),
  );
export const useStartContest = () =>
  useContestMutation((id: string) => api.post('/api/contests/{id}/start', { params: { id } }));
export const useCloseContest = () =>
  useContestMutation((id: string) => api.post('/api/contests/{id}/close', { params: { id } }));
