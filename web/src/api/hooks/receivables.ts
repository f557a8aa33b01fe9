import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';
import type {
  TAgingQuery,
  TDunningItemQuery,
  TDunningOutcomeInput,
  TLegalStatusInput,
  TReceivableListQuery,
  TSummaryQuery,
  TWriteOffCreate,
  TWriteOffQuery,
} from '../types';

export const receivablesKey = ['receivables'] as const;
const dunningKey = ['dunning'] as const;
const writeOffsKey = ['write-offs'] as const;

/** AR-5: instalments in my scope with status, collected and open amounts; paged by the server. */
export function useReceivablePage(query: TReceivableListQuery, enabled = true) {
  return useQuery({
    queryKey: [...receivablesKey, 'page', query],
    queryFn: () => api.get('/api/receivables', { query }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** AR-9: aging by rep, unit, region or customer. */
export function useAging(query: TAgingQuery) {
  return useQuery({
    queryKey: [...receivablesKey, 'aging', query],
    queryFn: () => api.get('/api/receivables/aging', { query }),
    placeholderData: keepPreviousData,
  });
}

/** AR-9: collection rate, DSO and overdue ratio for a period. */
export function useCollectionSummary(query: TSummaryQuery) {
  return useQuery({
    queryKey: [...receivablesKey, 'summary', query],
    queryFn: () => api.get('/api/receivables/summary', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useDunningRuns() {
  return useQuery({
    queryKey: [...dunningKey, 'runs'],
    queryFn: () => api.get('/api/dunning/runs'),
  });
}

export function useDunningItems(query: TDunningItemQuery) {
  return useQuery({
    queryKey: [...dunningKey, 'items', query],
    queryFn: () => api.get('/api/dunning/items', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useWriteOffs(query: TWriteOffQuery) {
  return useQuery({
    queryKey: [...writeOffsKey, query],
    queryFn: () => api.get('/api/write-offs', { query }),
    placeholderData: keepPreviousData,
  });
}

/** A write changed receivables, dunning or write-offs: their lists, the to-do list and the customer's timeline. */
function useCollectionMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: receivablesKey }),
        client.invalidateQueries({ queryKey: dunningKey }),
        client.invalidateQueries({ queryKey: writeOffsKey }),
        client.invalidateQueries({ queryKey: ['todo'] }),
        client.invalidateQueries({ queryKey: ['customers'] }),
      ]),
  });
}

/** AR-6: finance issues this month's dunning notices. */
export function useRunDunning() {
  return useCollectionMutation(() => api.post('/api/dunning/runs'));
}

/** AR-6: the supervisor passes the month's items on to the reps (the ones named, or all that wait). */
export function useDispatchDunning() {
  return useCollectionMutation((itemIds: string[] | undefined) =>
    api.post('/api/dunning/dispatch', { body: itemIds ? { itemIds } : {} }),
  );
}

export function useRecordDunningOutcome() {
  return useCollectionMutation(({ id, body }: { id: string; body: TDunningOutcomeInput }) =>
    api.post('/api/dunning/items/{id}/outcome', { params: { id }, body }),
  );
}

/** AR-8: legal status of a signed contract. */
export function useSetLegalStatus() {
  return useCollectionMutation(({ contractId, body }: { contractId: string; body: TLegalStatusInput }) =>
    api.put('/api/contracts/{id}/legal-status', { params: { id: contractId }, body }),
  );
}

/** AR-8: a write-off request, created and submitted for approval in one go. */
export function useRequestWriteOff() {
  return useCollectionMutation(async (body: TWriteOffCreate) => {
    const created = await api.post('/api/write-offs', { body });
    return api.post('/api/write-offs/{id}/submit', { params: { id: created.id } });
  });
}
