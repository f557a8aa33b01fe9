import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TPolicy, TPolicySet } from '@xiaoguan/server/api';
import { api } from '../api';
import type { List } from '../types';

const policiesKey = ['policies'] as const;

export function usePolicies() {
  return useQuery({
    queryKey: policiesKey,
    queryFn: () => api.get<List<TPolicy>>('/api/policies'),
    select: (data) => data.items,
  });
}

export function useSetPolicy() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TPolicySet }) =>
      api.put<TPolicy>(`/api/policies/${encodeURIComponent(id)}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: policiesKey }),
  });
}
