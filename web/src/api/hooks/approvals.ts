import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';
import type {
  TApprovalHistory,
  TApprovalPageQuery,
  TGeneralRequest,
  TGeneralRequestCreate,
  TGeneralRequestQuery,
  TGeneralRequestUpdate,
  TSubmissionQuery,
} from '../types';

export const approvalsKey = ['approvals'] as const;
export const requestsKey = ['general-requests'] as const;
/** The to-do list and badge, and notifications (owned by the to-do area) change with every decision. */
const todoKey = ['todo'] as const;
const notificationsKey = ['notifications'] as const;

export function usePendingApprovals(query: TApprovalPageQuery) {
  return useQuery({
    queryKey: [...approvalsKey, 'pending', query],
    queryFn: () => api.get('/api/approvals/pending', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useDoneApprovals(query: TApprovalPageQuery) {
  return useQuery({
    queryKey: [...approvalsKey, 'done', query],
    queryFn: () => api.get('/api/approvals/done', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useSubmissions(query: TSubmissionQuery) {
  return useQuery({
    queryKey: [...approvalsKey, 'submissions', query],
    queryFn: () => api.get('/api/approvals/submissions', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useApprovalHistory(docType: string, docId: string | undefined) {
  return useQuery({
    queryKey: [...approvalsKey, 'history', docType, docId],
    queryFn: () => api.get('/api/approvals/history', { query: { docType, docId: docId ?? '' } }),
    enabled: docId !== undefined,
  });
}

/** Any approval transition: lists, histories, the documents' status, the to-do badge. */
function useApprovalMutation<V>(fn: (vars: V) => Promise<TApprovalHistory>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: approvalsKey }),
        client.invalidateQueries({ queryKey: requestsKey }),
        client.invalidateQueries({ queryKey: todoKey }),
        client.invalidateQueries({ queryKey: notificationsKey }),
      ]);
    },
  });
}

export const useSubmitForApproval = () =>
  useApprovalMutation((ref: { docType: string; docId: string }) =>
    api.post('/api/approvals/submit', { body: ref }),
  );
export const useApprove = () =>
  useApprovalMutation(({ requestId, comment }: { requestId: string; comment?: string }) =>
    api.post('/api/approvals/{id}/approve', { params: { id: requestId }, body: { comment } }),
  );
export const useReject = () =>
  useApprovalMutation(({ requestId, comment }: { requestId: string; comment: string }) =>
    api.post('/api/approvals/{id}/reject', { params: { id: requestId }, body: { comment } }),
  );
export const useWithdraw = () =>
  useApprovalMutation((requestId: string) =>
    api.post('/api/approvals/{id}/withdraw', { params: { id: requestId } }),
  );
export const useResubmit = () =>
  useApprovalMutation((requestId: string) =>
    api.post('/api/approvals/{id}/resubmit', { params: { id: requestId } }),
  );

export function useGeneralRequests(query: TGeneralRequestQuery) {
  return useQuery({
    queryKey: [...requestsKey, 'page', query],
    queryFn: () => api.get('/api/requests', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useGeneralRequest(id: string | undefined) {
  return useQuery({
    queryKey: [...requestsKey, 'detail', id],
    queryFn: () => api.get('/api/requests/{id}', { params: { id: id ?? '' } }),
    enabled: id !== undefined,
  });
}

function useRequestMutation<V>(fn: (vars: V) => Promise<TGeneralRequest>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: requestsKey }),
        client.invalidateQueries({ queryKey: approvalsKey }),
      ]);
    },
  });
}

export const useCreateGeneralRequest = () =>
  useRequestMutation((body: TGeneralRequestCreate) => api.post('/api/requests', { body }));
export const useUpdateGeneralRequest = () =>
  useRequestMutation(({ id, ...body }: TGeneralRequestUpdate & { id: string }) =>
    api.patch('/api/requests/{id}', { params: { id }, body }),
  );
