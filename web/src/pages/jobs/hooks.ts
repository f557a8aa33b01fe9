import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api';

export function useJobs() {
  return useQuery({ queryKey: ['jobs'], queryFn: () => api.get('/api/jobs') });
}

/** A job's runs, newest first (one page). */
export function useJobRuns(name: string, paging: { page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['jobs', name, 'runs', paging],
    queryFn: () => api.get('/api/jobs/{name}/runs', { params: { name }, query: paging }),
    placeholderData: keepPreviousData,
  });
}

export function useBusinessClock() {
  return useQuery({ queryKey: ['clock'], queryFn: () => api.get('/api/clock') });
}

export function useRunJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api.post('/api/jobs/{name}/run', { params: { name }, body: {} }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['jobs'] }),
  });
}
