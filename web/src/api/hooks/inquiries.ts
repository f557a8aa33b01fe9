import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';
import type { TInquiry, TInquiryConvert, TInquiryCreate, TInquiryLink, TInquiryQuery } from '../types';

export const inquiriesKey = ['inquiries'] as const;

/** CUS-2: the first-contact register in my scope, paged and filtered on the server. */
export function useInquiryPage(query: TInquiryQuery) {
  return useQuery({
    queryKey: [...inquiriesKey, 'page', query],
    queryFn: () => api.get('/api/inquiries', { query }),
    placeholderData: keepPreviousData,
  });
}

/** An entry changed (and perhaps a lead or a customer's timeline with it). */
function useInquiryMutation<V>(fn: (vars: V) => Promise<TInquiry>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: inquiriesKey }),
        client.invalidateQueries({ queryKey: ['customers'] }),
      ]);
    },
  });
}

export const useCreateInquiry = () =>
  useInquiryMutation((body: TInquiryCreate) => api.post('/api/inquiries', { body }));
export const useConvertInquiry = () =>
  useInquiryMutation(({ id, body }: { id: string; body: TInquiryConvert }) =>
    api.post('/api/inquiries/{id}/convert', { params: { id }, body }),
  );
export const useLinkInquiry = () =>
  useInquiryMutation(({ id, body }: { id: string; body: TInquiryLink }) =>
    api.post('/api/inquiries/{id}/link', { params: { id }, body }),
  );

/** Salespeople an entry can go to (the register's pickers; the receptionist cannot list users). */
export function useInquiryAssignees(q: string) {
  return useQuery({
    queryKey: [...inquiriesKey, 'assignees', q],
    queryFn: () => api.get('/api/inquiries/assignees', { query: q ? { q } : undefined }),
    placeholderData: keepPreviousData,
  });
}
