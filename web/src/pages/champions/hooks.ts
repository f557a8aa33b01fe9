import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api';
import type { ApiBody, ApiQuery, ApiResponse } from '../../api/routes';

export type TChampion = ApiResponse<'GET /api/champions'>['items'][number];
export type TChampionDetail = ApiResponse<'GET /api/champions/{id}'>;
export type TChampionQuery = ApiQuery<'GET /api/champions'>;
export type TChampionReward = TChampionDetail['rewards'][number];
export type TRewardInput = ApiBody<'POST /api/champions/{id}/rewards'>;

export const championsKey = ['champions'] as const;

/** INC-7: the champions of a period (every unit's and the company's). */
export function useChampions(query: TChampionQuery, enabled = true) {
  return useQuery({
    queryKey: [...championsKey, 'list', query],
    queryFn: () => api.get('/api/champions', { query }),
    enabled,
  });
}

/** INC-7: the 工作台 banner — the latest champions of my units and the company. */
export function useCurrentChampions(enabled: boolean) {
  return useQuery({
    queryKey: [...championsKey, 'current'],
    queryFn: () => api.get('/api/champions/current'),
    enabled,
  });
}

/** One champion with why, and the rewards recorded (null: none open). */
export function useChampion(id: string | null) {
  return useQuery({
    queryKey: [...championsKey, 'one', id],
    queryFn: () => api.get('/api/champions/{id}', { params: { id: id! } }),
    enabled: id !== null,
  });
}

function useChampionMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () =>
      Promise.all(
        [championsKey, ['todo'], ['approvals']].map((queryKey) => client.invalidateQueries({ queryKey })),
      ),
  });
}

export const useProposeReward = () =>
  useChampionMutation(({ championId, body }: { championId: string; body: TRewardInput }) =>
    api.post('/api/champions/{id}/rewards', { params: { id: championId }, body }),
  );

export const useUpdateReward = () =>
  useChampionMutation(({ id, body }: { id: string; body: TRewardInput }) =>
    api.patch('/api/champion-rewards/{id}', { params: { id }, body }),
  );

export const useSubmitReward = () =>
  useChampionMutation((id: string) => api.post('/api/champion-rewards/{id}/submit', { params: { id } }));
