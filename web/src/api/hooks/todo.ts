import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TMailListQuery,
  TMailPage,
  TNotification,
  TNotificationListQuery,
  TNotificationPage,
  TNotificationPrefs,
  TNotificationPrefsUpdate,
  TTodo,
  TTodoCount,
} from '@xiaoguan/server/api';
import { api } from '../api';

/** Everything waiting for me. Invalidate it after any action that changes a to-do (approve, reject, done …). */
export const todoKey = ['todo'] as const;
/** The red badge's query; `invalidateQueries({ queryKey: todoCountKey })` refreshes it. */
export const todoCountKey = ['todo', 'count'] as const;
export const notificationsKey = ['notifications'] as const;

/** How often the badge asks the server, in milliseconds. */
export const TODO_REFRESH_MS = 30_000;

export function useTodoCount() {
  return useQuery({
    queryKey: todoCountKey,
    queryFn: () => api.get<TTodoCount>('/api/todo/count'),
    refetchInterval: TODO_REFRESH_MS,
    staleTime: 10_000,
  });
}

export function useTodo() {
  return useQuery({
    queryKey: [...todoKey, 'list'],
    queryFn: () => api.get<TTodo>('/api/todo', { limit: 50 }),
    staleTime: 0,
  });
}

export function useNotificationPage(query: TNotificationListQuery) {
  return useQuery({
    queryKey: [...notificationsKey, 'page', query],
    queryFn: () => api.get<TNotificationPage>('/api/notifications', query),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

function useNotificationMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: notificationsKey }),
        client.invalidateQueries({ queryKey: todoKey }),
      ]);
    },
  });
}

export const useMarkRead = () =>
  useNotificationMutation((id: string) => api.post<TNotification>(`/api/notifications/${id}/read`));

export const useMarkAllRead = () =>
  useNotificationMutation(() => api.post<{ marked: number }>('/api/notifications/read-all'));

export function useNotificationPrefs() {
  return useQuery({
    queryKey: [...notificationsKey, 'prefs'],
    queryFn: () => api.get<TNotificationPrefs>('/api/me/notification-prefs'),
  });
}

export function useSaveNotificationPrefs() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TNotificationPrefsUpdate) =>
      api.put<TNotificationPrefs>('/api/me/notification-prefs', body),
    onSuccess: (data) => client.setQueryData([...notificationsKey, 'prefs'], data),
  });
}

export function useOutboxPage(query: TMailListQuery) {
  return useQuery({
    queryKey: ['outbox', query],
    queryFn: () => api.get<TMailPage>('/api/outbox', query),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
