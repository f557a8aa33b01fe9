import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/api';
import type { ApiQuery, ApiResponse } from '../../../api/routes';
import { visitComplianceKey } from '../compliance/hooks';

export type TVisitCalendar = ApiResponse<'GET /api/visit-calendar'>;
export type TVisitCalendarQuery = ApiQuery<'GET /api/visit-calendar'>;
export type TCalendarVisit = TVisitCalendar['visits'][number];
export type TCalendarNextStep = TVisitCalendar['nextSteps'][number];
export type TCalendarDueItem = TVisitCalendar['dueItems'][number];

export const visitCalendarKey = ['visit-calendar'] as const;

/** VIS-1/VIS-4/CUS-8: the days from–to of one person's or the team's calendar. */
export function useVisitCalendar(query: TVisitCalendarQuery) {
  return useQuery({
    queryKey: [...visitCalendarKey, query],
    queryFn: () => api.get('/api/visit-calendar', { query }),
    placeholderData: keepPreviousData,
  });
}

export interface MoveInput {
  visit: TCalendarVisit;
  plannedOn: string;
}

/**
 * VIS-1: moves a visit to another day. The calendar shows the move at once (optimistic) and puts
 * the visit back where it was if the server refuses; then every calendar and compliance view reloads.
 */
export function useMoveVisit(query: TVisitCalendarQuery) {
  const client = useQueryClient();
  const key = [...visitCalendarKey, query];
  return useMutation({
    mutationFn: ({ visit, plannedOn }: MoveInput) =>
      api.post('/api/visits/{id}/move', { params: { id: visit.id }, body: { plannedOn } }),
    onMutate: async ({ visit, plannedOn }) => {
      await client.cancelQueries({ queryKey: key });
      const before = client.getQueryData<TVisitCalendar>(key);
      if (before) {
        client.setQueryData<TVisitCalendar>(key, {
          ...before,
          visits: before.visits.map((v) => (v.id === visit.id ? { ...v, plannedOn, day: plannedOn } : v)),
        });
      }
      return { before };
    },
    onError: (_error, _input, context) => {
      if (context?.before) client.setQueryData(key, context.before);
    },
    onSettled: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: visitCalendarKey }),
        client.invalidateQueries({ queryKey: visitComplianceKey }),
      ]);
    },
  });
}
