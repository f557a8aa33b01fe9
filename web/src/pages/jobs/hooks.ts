import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TClock, TJobList, TJobRunPage, TJobRunResult } from '@xiaoguan/server/api';
import { api } from '../../api/api';

export function useJobs() {
  return useQuery({ queryKey: ['jobs'], queryFn: () => api.get<TJobList>('/api/jobs') });
}

/** A job's runs, newest first (one page). */
export function useJobRuns(name: string, paging: { page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['jobs', name, 'runs', paging],
    queryFn: () => api.get<TJobRunPage>(`/api/jobs/${encodeURIComponent(name)}/runs`, paging),
    placeholderData: keepPreviousData,
  });
}

export function useBusinessClock() {
  return useQuery({ queryKey: ['clock'], queryFn: () => api.get<TClock>('/api/clock') });
}

export function useRunJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api.post<TJobRunResult>(`/api/jobs/${encodeURIComponent(name)}/run`, {}),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['jobs'] }),
  });
}
