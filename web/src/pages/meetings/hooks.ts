import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api';
import type { ApiBody, ApiQuery, ApiResponse } from '../../api/routes';

export type TMeeting = ApiResponse<'GET /api/meetings/{id}'>;
export type TMeetingSummary = ApiResponse<'GET /api/meetings'>['items'][number];
export type TMeetingQuery = ApiQuery<'GET /api/meetings'>;
export type TAttendance = TMeeting['attendance'][number];
export type TAttendanceMark = ApiBody<'POST /api/meetings/{id}/attendance'>;
export type TAssignmentCreate = ApiBody<'POST /api/meetings/{id}/assignments'>;
export type TMeetingContent = ApiBody<'PATCH /api/meetings/{id}'>;

export const meetingsKey = ['meetings'] as const;

/** OPS-6: the meetings I may read (my unit's), newest first. */
export function useMeetings(query: TMeetingQuery) {
  return useQuery({
    queryKey: [...meetingsKey, 'list', query],
    queryFn: () => api.get('/api/meetings', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useMeeting(id: string) {
  return useQuery({
    queryKey: [...meetingsKey, 'one', id],
    queryFn: () => api.get('/api/meetings/{id}', { params: { id } }),
  });
}

function useMeetingMutation<V>(fn: (vars: V) => Promise<TMeeting>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (m) => client.setQueryData([...meetingsKey, 'one', m.id], m),
    onSettled: () =>
      Promise.all(
        [[...meetingsKey, 'list'], ['todo']].map((queryKey) => client.invalidateQueries({ queryKey })),
      ),
  });
}

/** OPS-6: today's meeting of my unit, opened now if not yet. */
export const useOpenToday = () => useMeetingMutation(() => api.post('/api/meetings/open', { body: {} }));

export const useMarkAttendance = (id: string) =>
  useMeetingMutation((body: TAttendanceMark) =>
    api.post('/api/meetings/{id}/attendance', { params: { id }, body }),
  );

export const useAddAssignment = (id: string) =>
  useMeetingMutation((body: TAssignmentCreate) =>
    api.post('/api/meetings/{id}/assignments', { params: { id }, body }),
  );

export const useWriteContent = (id: string) =>
  useMeetingMutation((body: TMeetingContent) => api.patch('/api/meetings/{id}', { params: { id }, body }));

export const useCloseMeeting = (id: string) =>
  useMeetingMutation(() => api.post('/api/meetings/{id}/close', { params: { id } }));
