import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api';
import type { ApiBody, ApiQuery, ApiResponse } from '../../api/routes';

export type TRewardItem = ApiResponse<'GET /api/rewards/items/{id}'>;
export type TRewardItemQuery = ApiQuery<'GET /api/rewards/items'>;
export type TRewardItemSave = ApiBody<'POST /api/rewards/items'>;
export type TRewardKind = TRewardItem['kind'];
export type TRedemption = ApiResponse<'GET /api/rewards/redemptions/{id}'>;
export type TRedemptionQuery = ApiQuery<'GET /api/rewards/redemptions'>;
export type TRedemptionStatus = TRedemption['status'];
export type TRewardBalance = ApiResponse<'GET /api/rewards/balance'>;

export const rewardsKey = ['rewards'] as const;
/** A redemption changes 待办 (the approver's) and the approvals lists. */
const alsoChanged = [['todo'], ['approvals']] as const;

/** INC-6: the catalogue, paged and filtered by the server. */
export function useRewardItems(query: TRewardItemQuery) {
  return useQuery({
    queryKey: [...rewardsKey, 'items', query],
    queryFn: () => api.get('/api/rewards/items', { query }),
    placeholderData: keepPreviousData,
  });
}

/** INC-5/INC-6: my live points (expired lots not counted). */
export function useRewardBalance() {
  return useQuery({
    queryKey: [...rewardsKey, 'balance'],
    queryFn: () => api.get('/api/rewards/balance'),
  });
}

/** INC-6: the redemptions I may read. */
export function useRedemptions(query: TRedemptionQuery) {
  return useQuery({
    queryKey: [...rewardsKey, 'redemptions', query],
    queryFn: () => api.get('/api/rewards/redemptions', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useRedemption(id: string) {
  return useQuery({
    queryKey: [...rewardsKey, 'redemption', id],
    queryFn: () => api.get('/api/rewards/redemptions/{id}', { params: { id } }),
  });
}

function useRewardsMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () =>
      Promise.all([rewardsKey, ...alsoChanged].map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}

export const useRedeem = () =>
  useRewardsMutation((body: { itemId: string; quantity: number }) =>
    api.post('/api/rewards/redemptions', { body }),
  );

export const useWithdrawRedemption = () =>
  useRewardsMutation((id: string) => api.post('/api/rewards/redemptions/{id}/withdraw', { params: { id } }));

export const useFulfilRedemption = () =>
  useRewardsMutation((id: string) => api.post('/api/rewards/redemptions/{id}/fulfil', { params: { id } }));

export const useSaveRewardItem = () =>
  useRewardsMutation(({ id, body }: { id: string | null; body: TRewardItemSave }) =>
    id
      ? api.put('/api/rewards/items/{id}', { params: { id }, body })
      : api.post('/api/rewards/items', { body }),
  );
