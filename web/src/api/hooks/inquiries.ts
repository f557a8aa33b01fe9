import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TInquiry,
  TInquiryAssignees,
  TInquiryConvert,
  TInquiryCreate,
  TInquiryLink,
  TInquiryPage,
  TInquiryQuery,
} from '@xiaoguan/server/api';
import { api } from '../api';

export const inquiriesKey = ['inquiries'] as const;

/** CUS-2: the first-contact register in my scope, paged and filtered on the server. */
export function useInquiryPage(query: TInquiryQuery) {
  return useQuery({
    queryKey: [...inquiriesKey, 'page', query],
    queryFn: () => api.get<TInquiryPage>('/api/inquiries', query),
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
  useInquiryMutation((body: TInquiryCreate) => api.post<TInquiry>('/api/inquiries', body));
export const useConvertInquiry = () =>
  useInquiryMutation(({ id, body }: { id: string; body: TInquiryConvert }) =>
    api.post<TInquiry>(`/api/inquiries/${encodeURIComponent(id)}/convert`, body),
  );
export const useLinkInquiry = () =>
  useInquiryMutation(({ id, body }: { id: string; body: TInquiryLink }) =>
    api.post<TInquiry>(`/api/inquiries/${encodeURIComponent(id)}/link`, body),
  );

/** Salespeople an entry can go to (the register's pickers; the receptionist cannot list users). */
export function useInquiryAssignees(q: string) {
  return useQuery({
    queryKey: [...inquiriesKey, 'assignees', q],
    queryFn: () => api.get<TInquiryAssignees>('/api/inquiries/assignees', q ? { q } : undefined),
    placeholderData: keepPreviousData,
  });
}
