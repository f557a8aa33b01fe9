import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';
import type { TResetPassword, TUserCreate, TUserListQuery, TUserMove, TUserUpdate } from '../types';
import { unitsKey } from './units';

export const usersKey = ['users'] as const;

export function useUserPage(query: TUserListQuery, enabled = true) {
  return useQuery({
    queryKey: [...usersKey, 'page', query],
    queryFn: () => api.get('/api/users', { query }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useUser(id: string | undefined) {
  return useQuery({
    queryKey: [...usersKey, 'detail', id],
    queryFn: () => api.get('/api/users/{id}', { params: { id: id ?? '' } }),
    enabled: id !== undefined,
  });
}

export function usePlacements(id: string | undefined) {
  return useQuery({
    queryKey: [...usersKey, 'placements', id],
    queryFn: () => api.get('/api/users/{id}/placements', { params: { id: id ?? '' } }),
    select: (data) => data.items,
    enabled: id !== undefined,
  });
}

/** Every write to a user can change lists, details, placements and unit member counts. */
function useUserMutation<V>(fn: (vars: V) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: usersKey }),
        client.invalidateQueries({ queryKey: unitsKey }),
      ]);
    },
  });
}

export const useCreateUser = () => useUserMutation((body: TUserCreate) => api.post('/api/users', { body }));

export const useUpdateUser = () =>
  useUserMutation(({ id, body }: { id: string; body: TUserUpdate }) =>
    api.patch('/api/users/{id}', { params: { id }, body }),
  );

export const useMoveUser = () =>
  useUserMutation(({ id, body }: { id: string; body: TUserMove }) =>
    api.post('/api/users/{id}/move', { params: { id }, body }),
  );

export const useSetUserStatus = () =>
  useUserMutation(({ id, enabled }: { id: string; enabled: boolean }) =>
    api.post(enabled ? '/api/users/{id}/enable' : '/api/users/{id}/disable', { params: { id } }),
  );

export const useResetPassword = () =>
  useUserMutation(({ id, body }: { id: string; body: TResetPassword }) =>
    api.post('/api/users/{id}/reset-password', { params: { id }, body }),
  );
