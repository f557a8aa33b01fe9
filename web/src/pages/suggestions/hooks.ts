import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api';
import { notificationsKey, todoKey } from '../../api/hooks/todo';
import type { ApiBody, ApiQuery, ApiResponse } from '../../api/routes';

export type TSuggestion = ApiResponse<'GET /api/suggestions/{id}'>;
export type TSuggestionRow = ApiResponse<'GET /api/suggestions'>['items'][number];
export type TSuggestionQuery = ApiQuery<'GET /api/suggestions'>;
export type TSuggestionCreate = ApiBody<'POST /api/suggestions'>;

export const suggestionsKey = ['suggestions'] as const;

export function useSuggestionPage(query: TSuggestionQuery) {
  return useQuery({
    queryKey: [...suggestionsKey, 'page', query],
    queryFn: () => api.get('/api/suggestions', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useSuggestion(id: string | undefined) {
  return useQuery({
    queryKey: [...suggestionsKey, 'detail', id],
    queryFn: () => api.get('/api/suggestions/{id}', { params: { id: id ?? '' } }),
    enabled: id !== undefined,
  });
}

/** A suggestion changed: the lists, the detail, 待办 and the notices (and the maker's points). */
function useSuggestionMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: suggestionsKey }),
        client.invalidateQueries({ queryKey: todoKey }),
        client.invalidateQueries({ queryKey: notificationsKey }),
        client.invalidateQueries({ queryKey: ['points'] }),
      ]);
    },
  });
}

export const useSubmitSuggestion = () =>
  useSuggestionMutation((body: TSuggestionCreate) => api.post('/api/suggestions', { body }));
export const useAdoptSuggestion = () =>
  useSuggestionMutation(({ id, note }: { id: string; note?: string }) =>
    api.post('/api/suggestions/{id}/adopt', { params: { id }, body: { note: note ?? null } }),
  );
export const useDeclineSuggestion = () =>
  useSuggestionMutation(({ id, reason }: { id: string; reason: string }) =>
    api.post('/api/suggestions/{id}/decline', { params: { id }, body: { reason } }),
  );
