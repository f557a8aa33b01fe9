import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api';
import type { ApiBody, ApiQuery, ApiResponse } from '../../api/routes';

export type TSession = ApiResponse<'GET /api/training/sessions/{id}'>;
export type TSessionRow = ApiResponse<'GET /api/training/sessions'>['items'][number];
export type TSessionQuery = ApiQuery<'GET /api/training/sessions'>;
export type TSessionCreate = ApiBody<'POST /api/training/sessions'>;
export type TAttendee = TSession['attendees'][number];
export type TAttendance = TAttendee['attendance'];
export type TTopic = TSession['topic'];
export type TResultBody = ApiBody<'POST /api/training/sessions/{id}/results'>;
export type TMyTraining = ApiResponse<'GET /api/training/mine'>['items'][number];
export type TDevPlan = ApiResponse<'GET /api/dev-plans/{id}'>;
export type TDevPlanQuery = ApiQuery<'GET /api/dev-plans'>;
export type TDevPlanSave = ApiBody<'POST /api/dev-plans'>;

export const topics: TTopic[] = ['product', 'skills', 'market', 'other'];
export const attendances: TAttendance[] = ['invited', 'attended', 'absent', 'excused'];

const trainingKey = ['training'] as const;
const plansKey = ['dev-plans'] as const;

/** OPS-8: the sessions I may see, paged by the server. */
export function useSessionList(query: TSessionQuery) {
  return useQuery({
    queryKey: [...trainingKey, 'list', query],
    queryFn: () => api.get('/api/training/sessions', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useSession(id: string) {
  return useQuery({
    queryKey: [...trainingKey, 'one', id],
    queryFn: () => api.get('/api/training/sessions/{id}', { params: { id } }),
  });
}

export function useMyTrainings() {
  return useQuery({ queryKey: [...trainingKey, 'mine'], queryFn: () => api.get('/api/training/mine') });
}

function useInvalidating<V, R>(key: readonly string[], fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => Promise.all([key, ['todo']].map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}

export const useCreateSession = () =>
  useInvalidating(trainingKey, (body: TSessionCreate) => api.post('/api/training/sessions', { body }));

export const useRecordAttendance = () =>
  useInvalidating(
    trainingKey,
    ({ id, items }: { id: string; items: { attendeeId: string; attendance: TAttendance }[] }) =>
      api.post('/api/training/sessions/{id}/attendance', { params: { id }, body: { items } }),
  );

export const useRecordResult = () =>
  useInvalidating(trainingKey, ({ id, body }: { id: string; body: TResultBody }) =>
    api.post('/api/training/sessions/{id}/results', { params: { id }, body }),
  );

/** OPS-8: development plans I may read. */
export function useDevPlanList(query: TDevPlanQuery) {
  return useQuery({
    queryKey: [...plansKey, 'list', query],
    queryFn: () => api.get('/api/dev-plans', { query }),
    placeholderData: keepPreviousData,
  });
}

export const useSaveDevPlan = () =>
  useInvalidating(plansKey, (body: TDevPlanSave) => api.post('/api/dev-plans', { body }));

export const useReviewDevPlan = () =>
  useInvalidating(plansKey, ({ id, comment }: { id: string; comment: string }) =>
    api.post('/api/dev-plans/{id}/review', { params: { id }, body: { comment } }),
  );
