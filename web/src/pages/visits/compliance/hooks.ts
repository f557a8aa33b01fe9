import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/api';
import type { ApiResponse } from '../../../api/routes';

export type TVisitCompliance = ApiResponse<'GET /api/visit-compliance'>;
export type TComplianceRow = TVisitCompliance['items'][number];
export type TComplianceFigures = TVisitCompliance['totals'];
export type TRepCompliance = ApiResponse<'GET /api/visit-compliance/{id}'>;
export type TComplianceVisit = TRepCompliance['visits'][number];

export const visitComplianceKey = ['visit-compliance'] as const;

/** VIS-7: the month's figures of everyone in the user's scope, with the team's totals. */
export function useVisitCompliance(month: string | undefined) {
  return useQuery({
    queryKey: [...visitComplianceKey, month ?? 'current'],
    queryFn: () => api.get('/api/visit-compliance', { query: month ? { month } : {} }),
    placeholderData: keepPreviousData,
  });
}

/** VIS-7: one person's month and the visits behind the figures. */
export function useRepCompliance(repId: string | null, month: string | undefined) {
  return useQuery({
    queryKey: [...visitComplianceKey, 'rep', repId, month ?? 'current'],
    queryFn: () =>
      api.get('/api/visit-compliance/{id}', { params: { id: repId ?? '' }, query: month ? { month } : {} }),
    enabled: repId !== null,
  });
}
