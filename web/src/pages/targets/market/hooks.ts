import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/api';
import type { ApiBody, ApiQuery, ApiResponse } from '../../../api/routes';

export type TMarketSize = ApiResponse<'GET /api/market-sizes'>['items'][number];
export type TMarketSizeQuery = ApiQuery<'GET /api/market-sizes'>;
export type TMarketSizeInput = ApiBody<'PUT /api/market-sizes'>;

export const marketSizesKey = ['market-sizes'] as const;

/** PLAN-5: the market sizes entered, paged and sorted by the server. */
export function useMarketSizes(query: TMarketSizeQuery) {
  return useQuery({
    queryKey: [...marketSizesKey, query],
    queryFn: () => api.get('/api/market-sizes', { query }),
    placeholderData: keepPreviousData,
  });
}

function useSizeMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => client.invalidateQueries({ queryKey: marketSizesKey }),
  });
}

export const useUpsertMarketSize = () =>
  useSizeMutation((body: TMarketSizeInput) => api.put('/api/market-sizes', { body }));

export const useDeleteMarketSize = () =>
  useSizeMutation((id: string) => api.delete('/api/market-sizes/{id}', { params: { id } }));
