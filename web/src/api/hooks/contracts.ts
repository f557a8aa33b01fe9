import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';
import { apiUrl } from '../client';
import type { TContractCreate, TContractEnter, TContractListQuery, TContractUpdate } from '../types';

export const contractsKey = ['contracts'] as const;

/** Q2C-5: contracts in my scope, paged, sorted and filtered by the server. */
export function useContractPage(query: TContractListQuery) {
  return useQuery({
    queryKey: [...contractsKey, 'page', query],
    queryFn: () => api.get('/api/contracts', { query }),
    placeholderData: keepPreviousData,
  });
}

/** One contract with its supplements, scans, signing data and the actions the server allows me. */
export function useContract(id: string | undefined) {
  return useQuery({
    queryKey: [...contractsKey, 'detail', id],
    queryFn: () => api.get('/api/contracts/{id}', { params: { id: id ?? '' } }),
    enabled: id !== undefined,
    retry: false,
  });
}

export const contractScanUploadUrl = (id: string) => apiUrl('/api/contracts/{id}/scan', { id });
export const contractScanUrl = (id: string, fileId: string) =>
  apiUrl('/api/contracts/{id}/scan/{fileId}', { id, fileId });

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
  useContractMutation((body: TContractCreate) => api.post('/api/contracts', { body }));

export const useUpdateContract = () =>
  useContractMutation(({ id, ...body }: TContractUpdate & { id: string }) =>
    api.patch('/api/contracts/{id}', { params: { id }, body }),
  );

export const useSubmitContract = () =>
  useContractMutation((id: string) => api.post('/api/contracts/{id}/submit', { params: { id } }));

export const useEnterContract = () =>
  useContractMutation(({ id, ...body }: TContractEnter & { id: string }) =>
    api.post('/api/contracts/{id}/enter', { params: { id }, body }),
  );

export const useVerifyContract = () =>
  useContractMutation((id: string) => api.post('/api/contracts/{id}/verify', { params: { id }, body: {} }));

export const useReturnContractEntry = () =>
  useContractMutation(({ id, reason }: { id: string; reason: string }) =>
    api.post('/api/contracts/{id}/return-entry', { params: { id }, body: { reason } }),
  );

export const useDeleteContractScan = () =>
  useContractMutation(({ id, fileId }: { id: string; fileId: string }) =>
    api.delete('/api/contracts/{id}/scan/{fileId}', { params: { id, fileId } }),
  );
