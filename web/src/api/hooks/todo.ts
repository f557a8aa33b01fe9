import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';
import type { TMailListQuery, TNotificationListQuery, TNotificationPrefsUpdate } from '../types';

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
    queryFn: () => api.get('/api/todo/count'),
    refetchInterval: TODO_REFRESH_MS,
    staleTime: 10_000,
  });
}

/** 待办: every section's first rows; `overdue` keeps the rows past due (逾期事项). */
export function useTodo(overdue = false) {
  return useQuery({
    queryKey: [...todoKey, 'list', { overdue }],
    queryFn: () => api.get('/api/todo', { query: { limit: 50, overdue: overdue ? 'true' : 'false' } }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useNotificationPage(query: TNotificationListQuery) {
  return useQuery({
    queryKey: [...notificationsKey, 'page', query],
    queryFn: () => api.get('/api/notifications', { query }),
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
  useNotificationMutation((id: string) => api.post('/api/notifications/{id}/read', { params: { id } }));

export const useMarkAllRead = () => useNotificationMutation(() => api.post('/api/notifications/read-all'));

export function useNotificationPrefs() {
  return useQuery({
    queryKey: [...notificationsKey, 'prefs'],
    queryFn: () => api.get('/api/me/notification-prefs'),
  });
}

export function useSaveNotificationPrefs() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TNotificationPrefsUpdate) => api.put('/api/me/notification-prefs', { body }),
    onSuccess: (data) => client.setQueryData([...notificationsKey, 'prefs'], data),
  });
}

export function useOutboxPage(query: TMailListQuery) {
  return useQuery({
    queryKey: ['outbox', query],
    queryFn: () => api.get('/api/outbox', { query }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
