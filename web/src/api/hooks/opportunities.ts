import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';
import type {
  TOpportunity,
  TOpportunityBoard,
  TOpportunityBoardQuery,
  TOpportunityCreate,
  TOpportunityFunnelQuery,
  TOpportunityListQuery,
  TOpportunityStage,
  TOpportunityUpdate,
} from '../types';

export const opportunitiesKey = ['opportunities'] as const;
const boardKey = [...opportunitiesKey, 'board'] as const;

export function useOpportunityPage(query: TOpportunityListQuery) {
  return useQuery({
    queryKey: [...opportunitiesKey, 'page', query],
    queryFn: () => api.get('/api/opportunities', { query }),
    placeholderData: keepPreviousData,
  });
}

/** CUS-8: the kanban, a column per stage with count and sums. */
export function useOpportunityBoard(query: TOpportunityBoardQuery) {
  return useQuery({
    queryKey: [...boardKey, query],
    queryFn: () => api.get('/api/opportunities/board', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useOpportunityFunnel(query: TOpportunityFunnelQuery) {
  return useQuery({
    queryKey: [...opportunitiesKey, 'funnel', query],
    queryFn: () => api.get('/api/opportunities/funnel', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useOpportunity(id: string | undefined) {
  return useQuery({
    queryKey: [...opportunitiesKey, 'detail', id],
    queryFn: () => api.get('/api/opportunities/{id}', { params: { id: id ?? '' } }),
    enabled: id !== undefined,
    retry: false,
  });
}

export function useOpportunityHistory(id: string | undefined) {
  return useQuery({
    queryKey: [...opportunitiesKey, 'history', id],
    queryFn: () => api.get('/api/opportunities/{id}/history', { params: { id: id ?? '' } }),
    select: (d) => d.items,
    enabled: id !== undefined,
  });
}

/** Customers in my scope whose name matches, for the customer picker of a new opportunity. */
export function useCustomerChoices(q: string, enabled: boolean) {
  return useQuery({
    queryKey: ['customers', 'choices', q],
    queryFn: () => api.get('/api/customers', { query: { q: q || undefined, pageSize: 20 } }),
    select: (d) => d.items.map((c) => ({ id: c.id, name: c.name })),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** Opportunities changed: every list, board, funnel and detail; the customer's timeline too. */
function useOpportunityMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: opportunitiesKey }),
        client.invalidateQueries({ queryKey: ['customers'] }),
      ]);
    },
  });
}

export const useCreateOpportunity = () =>
  useOpportunityMutation((body: TOpportunityCreate) => api.post('/api/opportunities', { body }));

export const useUpdateOpportunity = () =>
  useOpportunityMutation(({ id, ...body }: TOpportunityUpdate & { id: string }) =>
    api.patch('/api/opportunities/{id}', { params: { id }, body }),
  );

export interface StageMove {
  id: string;
  stage: TOpportunityStage;
  lostReason?: string;
}

/** Moves a card between board columns in the cached boards (count and amount follow; weighted sums wait for the server). */
export function moveOnBoard(board: TOpportunityBoard, move: StageMove): TOpportunityBoard {
  const from = board.columns.find((c) => c.items.some((i) => i.id === move.id));
  const item = from?.items.find((i) => i.id === move.id);
  if (!from || !item || from.stage === move.stage) return board;
  const moved: TOpportunity = { ...item, stage: move.stage, lostReason: move.lostReason ?? null };
  const amount = BigInt(item.amountFen);
  return {
    columns: board.columns.map((c) => {
      if (c.stage === from.stage)
        return {
          ...c,
          count: c.count - 1,
          amountFen: (BigInt(c.amountFen) - amount).toString(),
          items: c.items.filter((i) => i.id !== move.id),
        };
      if (c.stage === move.stage)
        return {
          ...c,
          count: c.count + 1,
          amountFen: (BigInt(c.amountFen) + amount).toString(),
          items: [moved, ...c.items],
        };
      return c;
    }),
  };
}

/**
 * CUS-8: a stage move. The board moves the card at once (optimistic) and puts it back if the
 * server refuses; everything is reloaded afterwards.
 */
export function useMoveOpportunity() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, stage, lostReason }: StageMove) =>
      api.post('/api/opportunities/{id}/stage', {
        params: { id },
        body: { stage, ...(lostReason ? { lostReason } : {}) },
      }),
    onMutate: async (move) => {
      await client.cancelQueries({ queryKey: boardKey });
      const snapshot = client.getQueriesData<TOpportunityBoard>({ queryKey: boardKey });
      for (const [key, board] of snapshot) if (board) client.setQueryData(key, moveOnBoard(board, move));
      return { snapshot };
    },
    onError: (_error, _move, context) => {
      for (const [key, board] of context?.snapshot ?? []) client.setQueryData(key, board);
    },
    onSettled: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: opportunitiesKey }),
        client.invalidateQueries({ queryKey: ['customers'] }),
      ]);
    },
  });
}
