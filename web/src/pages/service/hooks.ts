import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api';
import { notificationsKey, todoKey } from '../../api/hooks/todo';
import type { ApiBody, ApiQuery, ApiResponse } from '../../api/routes';

export type TTicket = ApiResponse<'GET /api/service-tickets/{id}'>;
export type TTicketRow = ApiResponse<'GET /api/service-tickets'>['items'][number];
export type TTicketQuery = ApiQuery<'GET /api/service-tickets'>;
export type TTicketCreate = ApiBody<'POST /api/service-tickets'>;
export type TTicketStatusChange = ApiBody<'POST /api/service-tickets/{id}/status'>;
export type TTicketReturn = ApiBody<'POST /api/service-tickets/{id}/return'>;
export type TTicketStatus = TTicketRow['status'];

export const ticketTypes = ['question', 'installation', 'repair', 'return', 'complaint'] as const;
export const ticketPriorities = ['low', 'normal', 'high', 'urgent'] as const;
export const ticketStatuses = ['new', 'in_progress', 'waiting', 'resolved', 'closed'] as const;

export const ticketsKey = ['service-tickets'] as const;

export function useTicketPage(query: TTicketQuery) {
  return useQuery({
    queryKey: [...ticketsKey, 'page', query],
    queryFn: () => api.get('/api/service-tickets', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useTicket(id: string | undefined) {
  return useQuery({
    queryKey: [...ticketsKey, 'detail', id],
    queryFn: () => api.get('/api/service-tickets/{id}', { params: { id: id ?? '' } }),
    enabled: id !== undefined,
  });
}

/** CUS-5: any customer by name (id and name only), for the ticket form. */
export function useTicketCustomers(q: string) {
  return useQuery({
    queryKey: [...ticketsKey, 'customers', q],
    queryFn: () => api.get('/api/service-tickets/customers', { query: { q } }),
    enabled: q.length > 0,
  });
}

/** A ticket changed: the lists, the detail, 待办 and the notices. */
function useTicketMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ticketsKey }),
        client.invalidateQueries({ queryKey: todoKey }),
        client.invalidateQueries({ queryKey: notificationsKey }),
      ]);
    },
  });
}

export const useOpenTicket = () =>
  useTicketMutation((body: TTicketCreate) => api.post('/api/service-tickets', { body }));
export const useChangeTicketStatus = () =>
  useTicketMutation(({ id, body }: { id: string; body: TTicketStatusChange }) =>
    api.post('/api/service-tickets/{id}/status', { params: { id }, body }),
  );
export const useAssignTicket = () =>
  useTicketMutation(({ id, ownerId, note }: { id: string; ownerId: string; note?: string }) =>
    api.post('/api/service-tickets/{id}/assign', { params: { id }, body: { ownerId, note: note ?? null } }),
  );
export const useStartReturn = () =>
  useTicketMutation(({ id, body }: { id: string; body: TTicketReturn }) =>
    api.post('/api/service-tickets/{id}/return', { params: { id }, body }),
  );
