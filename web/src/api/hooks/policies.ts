import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';
import type { TPolicyOverrideSet, TPolicySet } from '../types';

const policiesKey = ['policies'] as const;
const overridesKey = ['policy-overrides'] as const;

/** All policies with the value in force now: company-wide, or for a unit (ORG-7 regional view). */
export function usePolicies(unitId?: string) {
  return useQuery({
    queryKey: [...policiesKey, unitId ?? null],
    queryFn: () => api.get('/api/policies', { query: { unitId } }),
    select: (data) => data.items,
    placeholderData: (previous) => previous,
  });
}

/** The roles an approver chain may name, with their names (from the same list). */
export function usePolicyRoles() {
  return useQuery({
    queryKey: [...policiesKey, null],
    queryFn: () => api.get('/api/policies', { query: {} }),
    select: (data) => data.roles,
  });
}

/** ORG-7: what the person may do here: set business policies, system settings, acknowledge filings. */
export function usePolicyAbilities() {
  return useQuery({
    queryKey: [...policiesKey, null],
    queryFn: () => api.get('/api/policies', { query: {} }),
    select: (data) => data.can,
  });
}

/** The regulations catalogue (rule ID → source sentence and what the system does). */
export function useRules() {
  return useQuery({
    queryKey: ['rules'],
    queryFn: () => api.get('/api/rules'),
    select: (data) => data.chapters,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** ORG-7: every regional override filed with HQ; `pending` lists only those not yet acknowledged. */
export function usePolicyOverrides(pending = false) {
  return useQuery({
    queryKey: [...overridesKey, pending],
    queryFn: () => api.get('/api/policy-overrides', { query: pending ? { pending: 'true' } : {} }),
    select: (data) => data.items,
  });
}

function useInvalidatePolicies() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: policiesKey }),
      client.invalidateQueries({ queryKey: overridesKey }),
    ]);
}

export function useSetPolicy() {
  const invalidate = useInvalidatePolicies();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TPolicySet }) =>
      api.put('/api/policies/{id}', { params: { id }, body }),
    onSuccess: invalidate,
  });
}

/** ORG-7: a region's own value, filed with HQ (the note is the filing statement). */
export function useOverridePolicy() {
  const invalidate = useInvalidatePolicies();
  return useMutation({
    mutationFn: ({ id, unitId, body }: { id: string; unitId: string; body: TPolicyOverrideSet }) =>
      api.put('/api/policies/{id}/overrides/{unitId}', { params: { id, unitId }, body }),
    onSuccess: invalidate,
  });
}

export function useAcknowledgeOverride() {
  const invalidate = useInvalidatePolicies();
  return useMutation({
    mutationFn: (id: string) => api.post('/api/policy-overrides/{id}/acknowledge', { params: { id } }),
    onSuccess: invalidate,
  });
}
