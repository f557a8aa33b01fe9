import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';
import type {
  TAppealAnswer,
  TAppealCreate,
  TAppealListQuery,
  TTaskCreate,
  TTaskDone,
  TTaskEvaluate,
  TTaskListQuery,
} from '../types';
import { notificationsKey, todoKey } from './todo';

export const tasksKey = ['tasks'] as const;
export const appealsKey = ['appeals'] as const;

export function useTaskPage(query: TTaskListQuery) {
  return useQuery({
    queryKey: [...tasksKey, 'page', query],
    queryFn: () => api.get('/api/tasks', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useTask(id: string | undefined) {
  return useQuery({
    queryKey: [...tasksKey, 'detail', id],
    queryFn: () => api.get('/api/tasks/{id}', { params: { id: id ?? '' } }),
    enabled: id !== undefined,
  });
}

/** ORG-3: my direct reports, the only people I may give a task. */
export function useAssignable(enabled: boolean) {
  return useQuery({
    queryKey: [...tasksKey, 'assignable'],
    queryFn: () => api.get('/api/tasks/assignable'),
    select: (d) => d.items,
    enabled,
  });
}

/** A task or appeal changed: lists, details, the to-do list and badge, notifications. */
function useTaskMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: tasksKey }),
        client.invalidateQueries({ queryKey: appealsKey }),
        client.invalidateQueries({ queryKey: todoKey }),
        client.invalidateQueries({ queryKey: notificationsKey }),
      ]);
    },
  });
}

export const useCreateTask = () => useTaskMutation((body: TTaskCreate) => api.post('/api/tasks', { body }));
export const useTaskDone = () =>
  useTaskMutation(({ id, body }: { id: string; body: TTaskDone }) =>
    api.post('/api/tasks/{id}/done', { params: { id }, body }),
  );
export const useEvaluateTask = () =>
  useTaskMutation(({ id, body }: { id: string; body: TTaskEvaluate }) =>
    api.post('/api/tasks/{id}/evaluate', { params: { id }, body }),
  );

export function useAppealPage(query: TAppealListQuery) {
  return useQuery({
    queryKey: [...appealsKey, 'page', query],
    queryFn: () => api.get('/api/appeals', { query }),
    placeholderData: keepPreviousData,
  });
}

/** ORG-3: everyone above me, nearest first — whom I may appeal to. */
export function useAppealTargets(enabled: boolean) {
  return useQuery({
    queryKey: [...appealsKey, 'targets'],
    queryFn: () => api.get('/api/appeals/targets'),
    select: (d) => d.items,
    enabled,
  });
}

export const useCreateAppeal = () =>
  useTaskMutation((body: TAppealCreate) => api.post('/api/appeals', { body }));
export const useAnswerAppeal = () =>
  useTaskMutation(({ id, body }: { id: string; body: TAppealAnswer }) =>
    api.post('/api/appeals/{id}/answer', { params: { id }, body }),
  );
