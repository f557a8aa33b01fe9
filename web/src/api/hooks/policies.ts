import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TPolicy,
  TPolicyOverride,
  TPolicyOverrideSet,
  TPolicyRole,
  TPolicySet,
  TRuleChapter,
} from '@xiaoguan/server/api';
import { api } from '../api';
import type { List } from '../types';

const policiesKey = ['policies'] as const;
const overridesKey = ['policy-overrides'] as const;

type PolicyList = List<TPolicy> & { roles: TPolicyRole[] };

const policyListQuery = (unitId?: string) => ({
  queryKey: [...policiesKey, unitId ?? null],
  queryFn: () =>
    api.get<PolicyList>(unitId ? `/api/policies?unitId=${encodeURIComponent(unitId)}` : '/api/policies'),
  placeholderData: (previous: PolicyList | undefined) => previous,
});

/** All policies with the value in force now: company-wide, or for a unit (ORG-7 regional view). */
export function usePolicies(unitId?: string) {
  return useQuery({ ...policyListQuery(unitId), select: (data: PolicyList) => data.items });
}

/** The roles an approver chain may name, with their names (from the same list). */
export function usePolicyRoles() {
  return useQuery({ ...policyListQuery(), select: (data: PolicyList) => data.roles ?? [] });
}

/** The regulations catalogue (rule ID → source sentence and what the system does). */
export function useRules() {
  return useQuery({
    queryKey: ['rules'],
    queryFn: () => api.get<{ chapters: TRuleChapter[] }>('/api/rules'),
    select: (data) => data.chapters,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** ORG-7: every regional override filed with HQ; `pending` lists only those not yet acknowledged. */
export function usePolicyOverrides(pending = false) {
  return useQuery({
    queryKey: [...overridesKey, pending],
    queryFn: () => api.get<List<TPolicyOverride>>(`/api/policy-overrides${pending ? '?pending=true' : ''}`),
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
      api.put<TPolicy>(`/api/policies/${encodeURIComponent(id)}`, body),
    onSuccess: invalidate,
  });
}

/** ORG-7: a region's own value, filed with HQ (the note is the filing statement). */
export function useOverridePolicy() {
  const invalidate = useInvalidatePolicies();
  return useMutation({
    mutationFn: ({ id, unitId, body }: { id: string; unitId: string; body: TPolicyOverrideSet }) =>
      api.put<TPolicy>(
        `/api/policies/${encodeURIComponent(id)}/overrides/${encodeURIComponent(unitId)}`,
        body,
      ),
    onSuccess: invalidate,
  });
}

export function useAcknowledgeOverride() {
  const invalidate = useInvalidatePolicies();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<TPolicyOverride>(`/api/policy-overrides/${encodeURIComponent(id)}/acknowledge`),
    onSuccess: invalidate,
  });
}
