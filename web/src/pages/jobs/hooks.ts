import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TClock, TJobList, TJobRunResult } from '@xiaoguan/server/api';
import { api } from '../../api/api';

export function useJobs() {
  return useQuery({ queryKey: ['jobs'], queryFn: () => api.get<TJobList>('/api/jobs') });
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
