import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api';
import type { ApiBody, ApiQuery, ApiResponse } from '../../api/routes';

export type TPointsSummary = ApiResponse<'GET /api/points/summary'>;
export type TPointsLot = TPointsSummary['lots'][number];
export type TPointsHistory = ApiResponse<'GET /api/points/history'>;
export type TPointsEntry = TPointsHistory['items'][number];
export type TPointsBoard = ApiResponse<'GET /api/points/board'>;
export type TPointsBoardRow = TPointsBoard['items'][number];
export type TPointsBoardQuery = ApiQuery<'GET /api/points/board'>;
export type TAwardRequest = ApiResponse<'GET /api/points/award-requests/{id}'>;
export type TAwardRequestCreate = ApiBody<'POST /api/points/award-requests'>;
export type TManualRule = TAwardRequest['rule'];
/** INC-4: the rules proposed by hand; training and suggestion points come from their modules (OPS-8, OPS-9). */
export const proposableRules: TAwardRequestCreate['rule'][] = ['other_contribution'];

export const pointsKey = ['points'] as const;

/** INC-5: a person's points (mine without a person), with the balance as of a day when asked. */
export function usePointsSummary(userId: string | undefined, asOf: string | undefined) {
  return useQuery({
    queryKey: [...pointsKey, 'summary', userId ?? 'me', asOf ?? null],
    queryFn: () =>
      api.get('/api/points/summary', { query: { ...(userId ? { userId } : {}), ...(asOf ? { asOf } : {}) } }),
    placeholderData: keepPreviousData,
  });
}

/** INC-5: a person's entries, newest first, paged by the server. */
export function usePointsHistory(userId: string | undefined, paging: { page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...pointsKey, 'history', userId ?? 'me', paging],
    queryFn: () => api.get('/api/points/history', { query: { ...(userId ? { userId } : {}), ...paging } }),
    placeholderData: keepPreviousData,
  });
}

/** INC-6: the points board for a period. */
export function usePointsBoard(query: TPointsBoardQuery) {
  return useQuery({
    queryKey: [...pointsKey, 'board', query],
    queryFn: () => api.get('/api/points/board', { query }),
    placeholderData: keepPreviousData,
  });
}

/** INC-4: one manual award request (null: none). */
export function useAwardRequest(id: string | null) {
  return useQuery({
    queryKey: [...pointsKey, 'request', id],
    queryFn: () => api.get('/api/points/award-requests/{id}', { params: { id: id! } }),
    enabled: id !== null,
  });
}

/** INC-4: propose extra points (goes to the approvers at once; 待办 changes). */
export function useProposeAward() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TAwardRequestCreate) => api.post('/api/points/award-requests', { body }),
    onSettled: () =>
      Promise.all(
        [pointsKey, ['todo'], ['approvals']].map((queryKey) => client.invalidateQueries({ queryKey })),
      ),
  });
}
