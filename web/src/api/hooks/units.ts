import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TUnit, TUnitCreate, TUnitUpdate } from '@xiaoguan/server/api';
import { api } from '../api';
import type { List } from '../types';

export const unitsKey = ['units'] as const;

export function useUnits(enabled = true) {
  return useQuery({
    queryKey: unitsKey,
    queryFn: () => api.get<List<TUnit>>('/api/units'),
    select: (data) => data.items,
    enabled,
  });
}

export function useCreateUnit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TUnitCreate) => api.post<TUnit>('/api/units', body),
    onSuccess: () => client.invalidateQueries({ queryKey: unitsKey }),
  });
}

export function useUpdateUnit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TUnitUpdate }) =>
      api.patch<TUnit>(`/api/units/${id}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: unitsKey }),
  });
}
