import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/api';
import type { TOverdueQuery } from '../../api/types';

export type OverdueParams = Partial<TOverdueQuery>;

export function useOverdue(query: OverdueParams) {
  return useQuery({
    queryKey: ['deadlines', 'overdue', query],
    queryFn: () => api.get('/api/deadlines/overdue', { query }),
    placeholderData: keepPreviousData,
  });
}
