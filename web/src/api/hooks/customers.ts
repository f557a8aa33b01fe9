import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '../api';
import { apiUrl } from '../client';
import type {
  TCollaboratorSet,
  TContactInput,
  TContactUpdate,
  TCustomerCreate,
  TCustomerCredit,
  TCustomerHistoryQuery,
  TCustomerQuery,
  TCustomerUpdate,
  TDuplicateQuery,
  TDuplicateRequestCreate,
  TFollowUpCreate,
  TServiceLogCreate,
} from '../types';
import { todoKey } from './todo';

export const customersKey = ['customers'] as const;

const detailKey = (id: string) => [...customersKey, 'detail', id] as const;

export function useCustomerPage(query: TCustomerQuery) {
  return useQuery({
    queryKey: [...customersKey, 'page', query],
    queryFn: () => api.get('/api/customers', { query }),
    placeholderData: keepPreviousData,
  });
}

/**
 * CUS-1: the customer list a page after another (a phone's "load more"), following the cursor
 * the server gives, so a long list never pages by offset.
 */
export function useCustomerFeed(query: Omit<TCustomerQuery, 'page' | 'cursor'>) {
  return useInfiniteQuery({
    queryKey: [...customersKey, 'feed', query],
    queryFn: ({ pageParam }) =>
      api.get('/api/customers', { query: pageParam ? { ...query, cursor: pageParam } : query }),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** One customer with what the signed-in user may do with it; 404 when missing or out of scope. */
export function useCustomer(id: string | undefined) {
  return useQuery({
    queryKey: detailKey(id ?? ''),
    queryFn: () => api.get('/api/customers/{id}', { params: { id: id ?? '' } }),
    enabled: id !== undefined,
    // "Not found or no access" is an answer, not a hiccup to retry.
    retry: false,
  });
}

/** CUS-1: records that look like the customer being typed (name, credit code, phone). */
export function useDuplicateCheck(query: TDuplicateQuery, enabled: boolean) {
  return useQuery({
    queryKey: [...customersKey, 'duplicates', query],
    queryFn: () => api.get('/api/customers/duplicates', { query }),
    select: (data) => data.items,
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** CUS-5: any customer company-wide by name (id, name, owner only), to log service for it. */
export function useCustomerLookup(q: string) {
  return useQuery({
    queryKey: [...customersKey, 'lookup', q],
    queryFn: () => api.get('/api/customers/lookup', { query: { q } }),
    select: (data) => data.items,
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });
}

/**
 * What the customer pages need of the policies in force for me (GET /api/customers/settings):
 * the levels (CUS-1) and whether I may export the list (ORG-5) — no policy centre needed.
 */
function useCustomerSettings() {
  return useQuery({
    queryKey: ['customers', 'settings'],
    queryFn: () => api.get('/api/customers/settings'),
    staleTime: 60_000,
  });
}

/** The customer levels in force (the customer.levels policy), most valuable first. */
export function useCustomerLevels() {
  const settings = useCustomerSettings();
  return { levels: settings.data?.levels ?? [], isPending: settings.isPending, error: settings.error };
}

/**
 * ORG-5 (客户名单不得泄露): whether the signed-in user may export the customer list — the
 * permission, and for a rep (who reads only their own customers) the customer.repsMayExport policy.
 */
export function useMayExportCustomers(): boolean {
  return useCustomerSettings().data?.mayExport === true;
}

export function useContacts(id: string) {
  return useQuery({
    queryKey: [...detailKey(id), 'contacts'],
    queryFn: () => api.get('/api/customers/{id}/contacts', { params: { id } }),
    select: (data) => data.items,
  });
}

export function useCollaborators(id: string) {
  return useQuery({
    queryKey: [...detailKey(id), 'collaborators'],
    queryFn: () => api.get('/api/customers/{id}/collaborators', { params: { id } }),
  });
}

/** Colleagues who could join the customer's team (for whoever may manage it). */
export function useCollaboratorCandidates(id: string, q: string, enabled: boolean) {
  return useQuery({
    queryKey: [...detailKey(id), 'collaborator-candidates', q],
    queryFn: () =>
      api.get('/api/customers/{id}/collaborator-candidates', {
        params: { id },
        query: q ? { q } : undefined,
      }),
    enabled,
    placeholderData: (previous) => previous,
  });
}

export function useAttachments(id: string) {
  return useQuery({
    queryKey: [...detailKey(id), 'attachments'],
    queryFn: () => api.get('/api/customers/{id}/attachments', { params: { id } }),
    select: (data) => data.items,
  });
}

export const attachmentUploadUrl = (id: string) => apiUrl('/api/customers/{id}/attachments', { id });
export const attachmentUrl = (id: string, fileId: string) =>
  apiUrl('/api/customers/{id}/attachments/{fileId}', { id, fileId });

const TIMELINE_PAGE_SIZE = 20;

/** CUS-1/CUS-8: everything that happened to the customer, newest first, a page at a time. */
export function useTimeline(id: string) {
  return useInfiniteQuery({
    queryKey: [...detailKey(id), 'timeline'],
    queryFn: ({ pageParam }) =>
      api.get('/api/customers/{id}/timeline', {
        params: { id },
        query: { page: pageParam, pageSize: TIMELINE_PAGE_SIZE },
      }),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });
}

export function useCustomerHistory(id: string, query: TCustomerHistoryQuery) {
  return useQuery({
    queryKey: [...detailKey(id), 'history', query],
    queryFn: () => api.get('/api/customers/{id}/history', { params: { id }, query }),
    placeholderData: keepPreviousData,
  });
}

/**
 * A write to one customer changes its page (header, tabs, timeline, history) and the lists;
 * a follow-up's next step is a to-do.
 */
function useCustomerMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: customersKey }),
        client.invalidateQueries({ queryKey: todoKey }),
      ]);
    },
  });
}

/** Everything cached about one customer is stale (e.g. after an upload outside a mutation). */
export function useInvalidateCustomer() {
  const client = useQueryClient();
  return (id: string) => client.invalidateQueries({ queryKey: detailKey(id) });
}

export const useCreateCustomer = () =>
  useCustomerMutation((body: TCustomerCreate) => api.post('/api/customers', { body }));

/** CUS-1 (no 撞单): ask to collaborate on, or take over, the existing customer a new one duplicated. */
export const useRequestDuplicateAccess = () =>
  useMutation({
    mutationFn: ({ id, body }: { id: string; body: TDuplicateRequestCreate }) =>
      api.post('/api/customers/{id}/duplicate-requests', { params: { id }, body }),
  });

/** CUS-6: the rep's customer file (categories bought, payment methods, deposits, due dates). */
export function useCustomerFile(id: string) {
  return useQuery({
    queryKey: [...detailKey(id), 'file'],
    queryFn: () => api.get('/api/customers/{id}/file', { params: { id } }),
  });
}

export const useUpdateCustomer = () =>
  useCustomerMutation(({ id, body }: { id: string; body: TCustomerUpdate }) =>
    api.patch('/api/customers/{id}', { params: { id }, body }),
  );

/** CUS-9: credit limit and rating (finance, the director). */
export const useSetCustomerCredit = () =>
  useCustomerMutation(({ id, body }: { id: string; body: TCustomerCredit }) =>
    api.put('/api/customers/{id}/credit', { params: { id }, body }),
  );

export const useCreateContact = () =>
  useCustomerMutation(({ id, body }: { id: string; body: TContactInput }) =>
    api.post('/api/customers/{id}/contacts', { params: { id }, body }),
  );

export const useUpdateContact = () =>
  useCustomerMutation(({ id, contactId, body }: { id: string; contactId: string; body: TContactUpdate }) =>
    api.patch('/api/customers/{id}/contacts/{contactId}', { params: { id, contactId }, body }),
  );

export const useDeleteContact = () =>
  useCustomerMutation(({ id, contactId }: { id: string; contactId: string }) =>
    api.delete('/api/customers/{id}/contacts/{contactId}', { params: { id, contactId } }),
  );

export const useSetCollaborator = () =>
  useCustomerMutation(({ id, userId, body }: { id: string; userId: string; body: TCollaboratorSet }) =>
    api.put('/api/customers/{id}/collaborators/{userId}', { params: { id, userId }, body }),
  );

export const useRemoveCollaborator = () =>
  useCustomerMutation(({ id, userId }: { id: string; userId: string }) =>
    api.delete('/api/customers/{id}/collaborators/{userId}', { params: { id, userId } }),
  );

export const useDeleteAttachment = () =>
  useCustomerMutation(({ id, fileId }: { id: string; fileId: string }) =>
    api.delete('/api/customers/{id}/attachments/{fileId}', { params: { id, fileId } }),
  );

/** CUS-8: a follow-up by someone working the customer. */
export const useCreateFollowUp = () =>
  useCustomerMutation(({ id, body }: { id: string; body: TFollowUpCreate }) =>
    api.post('/api/customers/{id}/follow-ups', { params: { id }, body }),
  );

/** CUS-5: service logged by anyone for any customer. */
export const useLogService = () =>
  useCustomerMutation(({ id, body }: { id: string; body: TServiceLogCreate }) =>
    api.post('/api/customers/{id}/service', { params: { id }, body }),
  );
