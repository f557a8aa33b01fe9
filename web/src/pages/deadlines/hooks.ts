import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TDueItemPage, TOverdueQuery } from '@xiaoguan/server/api';
import { api } from '../../api/api';

export type OverdueParams = Partial<TOverdueQuery>;

export function useOverdue(query: OverdueParams) {
  return useQuery({
    queryKey: ['deadlines', 'overdue', query],
    queryFn: () => api.get<TDueItemPage>('/api/deadlines/overdue', query),
    placeholderData: keepPreviousData,
  });
}
