import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';
import type { TUnitCreate, TUnitUpdate } from '../types';

export const unitsKey = ['units'] as const;

export function useUnits(enabled = true) {
  return useQuery({
    queryKey: unitsKey,
    queryFn: () => api.get('/api/units'),
    select: (data) => data.items,
    enabled,
  });
}

export function useCreateUnit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TUnitCreate) => api.post('/api/units', { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: unitsKey }),
  });
}

export function useUpdateUnit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TUnitUpdate }) =>
      api.patch('/api/units/{id}', { params: { id }, body }),
    onSuccess: () => client.invalidateQueries({ queryKey: unitsKey }),
  });
}
