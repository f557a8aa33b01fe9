import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TPlacement,
  TResetPassword,
  TUser,
  TUserCreate,
  TUserListItem,
  TUserListQuery,
  TUserMove,
  TUserUpdate,
} from '@xiaoguan/server/api';
import { api } from '../api';
import type { List, Ok, Page } from '../types';
import { unitsKey } from './units';

export const usersKey = ['users'] as const;

export function useUserPage(query: TUserListQuery, enabled = true) {
  return useQuery({
    queryKey: [...usersKey, 'page', query],
    queryFn: () => api.get<Page<TUserListItem>>('/api/users', query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useUser(id: string | undefined) {
  return useQuery({
    queryKey: [...usersKey, 'detail', id],
    queryFn: () => api.get<TUser>(`/api/users/${id}`),
    enabled: id !== undefined,
  });
}

export function usePlacements(id: string | undefined) {
  return useQuery({
    queryKey: [...usersKey, 'placements', id],
    queryFn: () => api.get<List<TPlacement>>(`/api/users/${id}/placements`),
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

export const useCreateUser = () =>
  useUserMutation((body: TUserCreate) => api.post<TUser>('/api/users', body));

export const useUpdateUser = () =>
  useUserMutation(({ id, body }: { id: string; body: TUserUpdate }) =>
    api.patch<TUser>(`/api/users/${id}`, body),
  );

export const useMoveUser = () =>
  useUserMutation(({ id, body }: { id: string; body: TUserMove }) =>
    api.post<TUser>(`/api/users/${id}/move`, body),
  );

export const useSetUserStatus = () =>
  useUserMutation(({ id, enabled }: { id: string; enabled: boolean }) =>
    api.post<TUser>(`/api/users/${id}/${enabled ? 'enable' : 'disable'}`),
  );

export const useResetPassword = () =>
  useUserMutation(({ id, body }: { id: string; body: TResetPassword }) =>
    api.post<Ok>(`/api/users/${id}/reset-password`, body),
  );
