import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api';
import type { ApiBody, ApiQuery, ApiResponse } from '../../api/routes';

export type TEntry = ApiResponse<'GET /api/market-intel/{id}'>;
export type TEntryRow = ApiResponse<'GET /api/market-intel'>['items'][number];
export type TEntryQuery = ApiQuery<'GET /api/market-intel'>;
export type TEntryInput = ApiBody<'POST /api/market-intel'>;

export const marketIntelKey = ['market-intel'] as const;

export function useEntryPage(query: TEntryQuery) {
  return useQuery({
    queryKey: [...marketIntelKey, 'page', query],
    queryFn: () => api.get('/api/market-intel', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useEntry(id: string | undefined) {
  return useQuery({
    queryKey: [...marketIntelKey, 'detail', id],
    queryFn: () => api.get('/api/market-intel/{id}', { params: { id: id ?? '' } }),
    enabled: id !== undefined,
  });
}

/** An entry changed: the lists, the detail and the linked customer's timeline. */
function useEntryMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: marketIntelKey }),
        client.invalidateQueries({ queryKey: ['customers'] }),
      ]);
    },
  });
}

export const useRecordEntry = () =>
  useEntryMutation((body: TEntryInput) => api.post('/api/market-intel', { body }));
export const useUpdateEntry = () =>
  useEntryMutation(({ id, body }: { id: string; body: TEntryInput }) =>
    api.put('/api/market-intel/{id}', { params: { id }, body }),
  );
