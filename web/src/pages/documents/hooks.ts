import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api';
import { notificationsKey, todoKey } from '../../api/hooks/todo';
import type { ApiBody, ApiQuery, ApiResponse } from '../../api/routes';

export type TDocument = ApiResponse<'GET /api/documents/{id}'>;
export type TDocumentRow = ApiResponse<'GET /api/documents'>['items'][number];
export type TDocumentQuery = ApiQuery<'GET /api/documents'>;
export type TDocumentCreate = ApiBody<'POST /api/documents'>;
export type TDocumentReview = ApiBody<'POST /api/documents/{id}/review'>;
export type TBorrow = ApiResponse<'GET /api/document-borrows/{id}'>;
export type TBorrowRow = ApiResponse<'GET /api/document-borrows'>['items'][number];
export type TBorrowQuery = ApiQuery<'GET /api/document-borrows'>;
export type TBorrowCreate = ApiBody<'POST /api/document-borrows'>;

export const documentsKey = ['documents'] as const;

export const categories = [
  'gm_report',
  'company_document',
  'meeting_minutes',
  'internal_ordinary',
  'internal_important',
  'activity_plan',
  'disputed_contract',
  'aftersales_equipment',
] as const;
export const retentionClasses = ['y1', 'y3', 'y5', 'y10', 'y30', 'long_term'] as const;
export const levels = ['public', 'restricted', 'confidential'] as const;

export function useDocumentPage(query: TDocumentQuery) {
  return useQuery({
    queryKey: [...documentsKey, 'page', query],
    queryFn: () => api.get('/api/documents', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useDocument(id: string | undefined) {
  return useQuery({
    queryKey: [...documentsKey, 'detail', id],
    queryFn: () => api.get('/api/documents/{id}', { params: { id: id ?? '' } }),
    enabled: id !== undefined,
    retry: false,
  });
}

export function useBorrowPage(query: TBorrowQuery) {
  return useQuery({
    queryKey: [...documentsKey, 'borrows', query],
    queryFn: () => api.get('/api/document-borrows', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useBorrow(id: string | undefined) {
  return useQuery({
    queryKey: [...documentsKey, 'borrow', id],
    queryFn: () => api.get('/api/document-borrows/{id}', { params: { id: id ?? '' } }),
    enabled: id !== undefined,
  });
}

/** Something in the room changed: its lists and details, 待办 and the notices. */
function useDocumentMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: documentsKey }),
        client.invalidateQueries({ queryKey: todoKey }),
        client.invalidateQueries({ queryKey: notificationsKey }),
        client.invalidateQueries({ queryKey: ['approvals'] }),
      ]);
    },
  });
}

export const useCreateDocument = () =>
  useDocumentMutation((body: TDocumentCreate) => api.post('/api/documents', { body }));
export const useReviewDocument = () =>
  useDocumentMutation(({ id, body }: { id: string; body: TDocumentReview }) =>
    api.post('/api/documents/{id}/review', { params: { id }, body }),
  );
export const useRequestBorrow = () =>
  useDocumentMutation((body: TBorrowCreate) => api.post('/api/document-borrows', { body }));
export const useApproveBorrow = () =>
  useDocumentMutation((id: string) =>
    api.post('/api/document-borrows/{id}/approve', { params: { id }, body: { note: null } }),
  );
export const useRejectBorrow = () =>
  useDocumentMutation(({ id, reason }: { id: string; reason: string }) =>
    api.post('/api/document-borrows/{id}/reject', { params: { id }, body: { reason } }),
  );
export const useWithdrawBorrow = () =>
  useDocumentMutation((id: string) => api.post('/api/document-borrows/{id}/withdraw', { params: { id } }));
export const useSignBorrow = () =>
  useDocumentMutation(({ id, signature }: { id: string; signature: string }) =>
    api.post('/api/document-borrows/{id}/sign', { params: { id }, body: { signature } }),
  );
export const useReturnBorrow = () =>
  useDocumentMutation((id: string) =>
    api.post('/api/document-borrows/{id}/return', { params: { id }, body: { note: null } }),
  );
