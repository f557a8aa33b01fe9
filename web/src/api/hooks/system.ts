import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../api';
import type { TAuditQuery, TLoginLogQuery } from '../types';

export function useLoginLog(query: TLoginLogQuery) {
  return useQuery({
    queryKey: ['login-log', query],
    queryFn: () => api.get('/api/login-log', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useAuditLog(query: TAuditQuery) {
  return useQuery({
    queryKey: ['audit', query],
    queryFn: () => api.get('/api/audit', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useVerifyAudit() {
  return useMutation({ mutationFn: () => api.post('/api/audit/verify') });
}
