import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/api';
import { todoKey } from '../../api/hooks/todo';

/** The due-item kind of a follow-up's next step (CUS-8, customers/log-follow-up.ts). */
const FOLLOW_UP_STEP = 'followup';

/**
 * CUS-8: my follow-ups' next steps due by the end of today (company clock), overdue first. Kept
 * with 待办, so a new follow-up (which closes the earlier step) refreshes it.
 */
export function useFollowUpStepsToday() {
  return useQuery({
    queryKey: [...todoKey, 'followUpSteps', 'today'],
    queryFn: () =>
      api.get('/api/deadlines/mine', {
        query: { kind: FOLLOW_UP_STEP, dueBy: 'today', sort: 'dueAt', order: 'asc', pageSize: 50 },
      }),
    staleTime: 0,
  });
}
