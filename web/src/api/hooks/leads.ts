import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';
import type { TLeadStatus, TQualificationInput } from '../types';

export const leadsKey = ['leads'] as const;

/** CUS-4: what leads are assessed on, the weights and the score needed to convert (policies). */
export function useLeadCriteria(enabled = true) {
  return useQuery({
    queryKey: [...leadsKey, 'criteria'],
    queryFn: () => api.get('/api/leads/criteria'),
    enabled,
    staleTime: 5 * 60_000,
  });
}

/** Leads live in the customer file (lifecycle lead): a change refreshes customer lists and pages. */
function useLeadMutation<V>(fn: (vars: V) => Promise<TLeadStatus>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['customers'] });
    },
  });
}

export const useQualifyLead = () =>
  useLeadMutation(({ id, body }: { id: string; body: TQualificationInput }) =>
    api.put('/api/customers/{id}/qualification', { params: { id }, body }),
  );
export const useConvertLead = () =>
  useLeadMutation((id: string) => api.post('/api/customers/{id}/convert', { params: { id }, body: {} }));
