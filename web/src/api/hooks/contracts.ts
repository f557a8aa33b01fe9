import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TContract,
  TContractCreate,
  TContractEnter,
  TContractListQuery,
  TContractPage,
  TContractUpdate,
} from '@xiaoguan/server/api';
import { api } from '../api';

export const contractsKey = ['contracts'] as const;
const base = (id: string) => `/api/contracts/${encodeURIComponent(id)}`;

/** Q2C-5: contracts in my scope, paged, sorted and filtered by the server. */
export function useContractPage(query: TContractListQuery) {
  return useQuery({
    queryKey: [...contractsKey, 'page', query],
    queryFn: () => api.get<TContractPage>('/api/contracts', query),
    placeholderData: keepPreviousData,
  });
}

/** One contract with its supplements, scans, signing data and the actions the server allows me. */
export function useContract(id: string | undefined) {
  return useQuery({
    queryKey: [...contractsKey, 'detail', id],
    queryFn: () => api.get<TContract>(base(id ?? '')),
    enabled: id !== undefined,
    retry: false,
  });
}

export const contractScanUploadUrl = (id: string) => `${base(id)}/scan`;
export const contractScanUrl = (id: string, fileId: string) =>
  `${base(id)}/scan/${encodeURIComponent(fileId)}`;

/** Contracts changed: lists, details, approvals, the customer's tabs and timeline. */
export function useInvalidateContracts() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: contractsKey }),
      client.invalidateQueries({ queryKey: ['approvals'] }),
      client.invalidateQueries({ queryKey: ['customers'] }),
    ]);
}

function useContractMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const invalidate = useInvalidateContracts();
  return useMutation({ mutationFn: fn, onSettled: invalidate });
}

export const useCreateContract = () =>
  useContractMutation((body: TContractCreate) => api.post<TContract>('/api/contracts', body));

export const useUpdateContract = () =>
  useContractMutation(({ id, ...body }: TContractUpdate & { id: string }) =>
    api.patch<TContract>(base(id), body),
  );

export const useSubmitContract = () =>
  useContractMutation((id: string) => api.post<TContract>(`${base(id)}/submit`));

export const useEnterContract = () =>
  useContractMutation(({ id, ...body }: TContractEnter & { id: string }) =>
    api.post<TContract>(`${base(id)}/enter`, body),
  );

export const useVerifyContract = () =>
  useContractMutation((id: string) => api.post<TContract>(`${base(id)}/verify`, {}));

export const useReturnContractEntry = () =>
  useContractMutation(({ id, reason }: { id: string; reason: string }) =>
    api.post<TContract>(`${base(id)}/return-entry`, { reason }),
  );

export const useDeleteContractScan = () =>
  useContractMutation(({ id, fileId }: { id: string; fileId: string }) =>
    api.delete<{ ok: true }>(contractScanUrl(id, fileId)),
  );
