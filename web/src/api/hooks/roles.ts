import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TPermissionDef, TRole, TRoleCreate, TRoleUpdate } from '@xiaoguan/server/api';
import { api } from '../api';
import type { List } from '../types';

export const rolesKey = ['roles'] as const;

export function useRoles(enabled = true) {
  return useQuery({
    queryKey: rolesKey,
    queryFn: () => api.get<List<TRole>>('/api/roles'),
    select: (data) => data.items,
    enabled,
  });
}

export function usePermissionDefs(enabled = true) {
  return useQuery({
    queryKey: ['permissions'],
    queryFn: () => api.get<List<TPermissionDef>>('/api/permissions'),
    select: (data) => data.items,
    staleTime: Number.POSITIVE_INFINITY,
    enabled,
  });
}

export function useCreateRole() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TRoleCreate) => api.post<TRole>('/api/roles', body),
    onSuccess: () => client.invalidateQueries({ queryKey: rolesKey }),
  });
}

export function useUpdateRole() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TRoleUpdate }) =>
      api.patch<TRole>(`/api/roles/${id}`, body),
    // A role change can change what the signed-in user may do.
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: rolesKey }),
        client.invalidateQueries({ queryKey: ['me'] }),
      ]),
  });
}
