import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api';
import { ApiError, apiUrl, parseError } from '../../api/client';
import { notificationsKey, todoKey } from '../../api/hooks/todo';
import type { ApiBody, ApiQuery, ApiResponse } from '../../api/routes';
import i18n from '../../i18n';

export type TClaim = ApiResponse<'GET /api/expense-claims/{id}'>;
export type TClaimLine = TClaim['lines'][number];
export type TClaimRow = ApiResponse<'GET /api/expense-claims'>['items'][number];
export type TClaimQuery = ApiQuery<'GET /api/expense-claims'>;
export type TClaimCreate = ApiBody<'POST /api/expense-claims'>;
export type TPreApproval = ApiResponse<'GET /api/expense-pre-approvals/{id}'>;
export type TPreApprovalQuery = ApiQuery<'GET /api/expense-pre-approvals'>;
export type TPreApprovalCreate = ApiBody<'POST /api/expense-pre-approvals'>;
export type TRatioQuery = ApiQuery<'GET /api/expense-ratios'>;

export const expensesKey = ['expenses'] as const;

export const categories = [
  'travel',
  'transport',
  'lodging',
  'meals',
  'gift',
  'entertainment',
  'office',
  'other',
] as const;
export const kinds = ['travel', 'gift', 'entertainment', 'other'] as const;

export function useClaimPage(query: TClaimQuery) {
  return useQuery({
    queryKey: [...expensesKey, 'claims', query],
    queryFn: () => api.get('/api/expense-claims', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useClaim(id: string | undefined) {
  return useQuery({
    queryKey: [...expensesKey, 'claim', id],
    queryFn: () => api.get('/api/expense-claims/{id}', { params: { id: id ?? '' } }),
    enabled: id !== undefined,
  });
}

export function usePreApprovalPage(query: TPreApprovalQuery) {
  return useQuery({
    queryKey: [...expensesKey, 'preApprovals', query],
    queryFn: () => api.get('/api/expense-pre-approvals', { query }),
    placeholderData: keepPreviousData,
  });
}

export function usePreApproval(id: string | undefined) {
  return useQuery({
    queryKey: [...expensesKey, 'preApproval', id],
    queryFn: () => api.get('/api/expense-pre-approvals/{id}', { params: { id: id ?? '' } }),
    enabled: id !== undefined,
  });
}

export function useRatios(query: TRatioQuery | null) {
  return useQuery({
    queryKey: [...expensesKey, 'ratios', query],
    queryFn: () => api.get('/api/expense-ratios', { query: query! }),
    enabled: query !== null,
  });
}

/** Something changed: the lists, the claim, 待办 and the notices. */
function useExpenseMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: expensesKey }),
        client.invalidateQueries({ queryKey: todoKey }),
        client.invalidateQueries({ queryKey: notificationsKey }),
        client.invalidateQueries({ queryKey: ['approvals'] }),
      ]);
    },
  });
}

export const receiptUrl = (id: string, fileId: string) =>
  apiUrl('/api/expense-claims/{id}/receipts/{fileId}', { id, fileId });

/** EXP-3: the receipt of one line (a photo or a PDF; multipart, field `file`). */
export async function uploadReceipt(id: string, lineId: string, file: File): Promise<void> {
  const form = new FormData();
  form.append('file', file, file.name || 'receipt.jpg');
  let response: Response;
  try {
    response = await fetch(apiUrl('/api/expense-claims/{id}/lines/{lineId}/receipt', { id, lineId }), {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Accept-Language': i18n.language },
    });
  } catch {
    throw new ApiError(0, 'NETWORK', i18n.t('error.network'));
  }
  if (!response.ok) throw await parseError(response, (status) => i18n.t('error.http', { status }));
}

export const useCreateClaim = () =>
  useExpenseMutation((body: TClaimCreate) => api.post('/api/expense-claims', { body }));
export const useUploadReceipt = () =>
  useExpenseMutation(({ id, lineId, file }: { id: string; lineId: string; file: File }) =>
    uploadReceipt(id, lineId, file),
  );
export const useSubmitClaim = () =>
  useExpenseMutation((id: string) => api.post('/api/expense-claims/{id}/submit', { params: { id } }));
export const useApproveClaim = () =>
  useExpenseMutation(
    ({
      id,
      stage,
      note,
      flagReason,
    }: {
      id: string;
      stage: 'review' | 'finance';
      note?: string;
      flagReason?: string;
    }) =>
      stage === 'review'
        ? api.post('/api/expense-claims/{id}/review/approve', {
            params: { id },
            body: { note: note ?? null, flagReason: flagReason ?? null },
          })
        : api.post('/api/expense-claims/{id}/finance/approve', {
            params: { id },
            body: { note: note ?? null, flagReason: flagReason ?? null },
          }),
  );
export const useRejectClaim = () =>
  useExpenseMutation(({ id, stage, reason }: { id: string; stage: 'review' | 'finance'; reason: string }) =>
    stage === 'review'
      ? api.post('/api/expense-claims/{id}/review/reject', { params: { id }, body: { reason } })
      : api.post('/api/expense-claims/{id}/finance/reject', { params: { id }, body: { reason } }),
  );
export const useRejectLine = () =>
  useExpenseMutation(({ id, lineId, reason }: { id: string; lineId: string; reason: string }) =>
    api.post('/api/expense-claims/{id}/lines/{lineId}/reject', { params: { id, lineId }, body: { reason } }),
  );
export const usePayClaim = () =>
  useExpenseMutation(({ id, paidOn }: { id: string; paidOn: string }) =>
    api.post('/api/expense-claims/{id}/pay', { params: { id }, body: { paidOn } }),
  );
export const useCreatePreApproval = () =>
  useExpenseMutation((body: TPreApprovalCreate) => api.post('/api/expense-pre-approvals', { body }));
