import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type {
  TAuditEntry,
  TAuditQuery,
  TAuditVerify,
  TLoginLogEntry,
  TLoginLogQuery,
} from '@xiaoguan/server/api';
import { api } from '../api';
import type { Page } from '../types';

export function useLoginLog(query: TLoginLogQuery) {
  return useQuery({
    queryKey: ['login-log', query],
    queryFn: () => api.get<Page<TLoginLogEntry>>('/api/login-log', query),
    placeholderData: keepPreviousData,
  });
}

export function useAuditLog(query: TAuditQuery) {
  return useQuery({
    queryKey: ['audit', query],
    queryFn: () => api.get<Page<TAuditEntry>>('/api/audit', query),
    placeholderData: keepPreviousData,
  });
}

export function useVerifyAudit() {
  return useMutation({ mutationFn: () => api.post<TAuditVerify>('/api/audit/verify') });
}
