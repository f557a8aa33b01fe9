import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';
import type { TRoleCreate, TRoleUpdate } from '../types';

export const rolesKey = ['roles'] as const;

export function useRoles(enabled = true) {
  return useQuery({
    queryKey: rolesKey,
    queryFn: () => api.get('/api/roles'),
    select: (data) => data.items,
    enabled,
  });
}

export function usePermissionDefs(enabled = true) {
  return useQuery({
    queryKey: ['permissions'],
    queryFn: () => api.get('/api/permissions'),
    select: (data) => data.items,
    staleTime: Number.POSITIVE_INFINITY,
    enabled,
  });
}

export function useCreateRole() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TRoleCreate) => api.post('/api/roles', { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: rolesKey }),
  });
}

export function useUpdateRole() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TRoleUpdate }) =>
      api.patch('/api/roles/{id}', { params: { id }, body }),
    // A role change can change what the signed-in user may do.
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: rolesKey }),
        client.invalidateQueries({ queryKey: ['me'] }),
      ]),
  });
}
