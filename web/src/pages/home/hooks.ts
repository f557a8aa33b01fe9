import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/api';
import type { ApiResponse } from '../../api/routes';

export type TWorkbenchMe = ApiResponse<'GET /api/workbench/me'>;
export type TWorkbenchTeam = ApiResponse<'GET /api/workbench/team'>;
export type TWorkbenchCompany = ApiResponse<'GET /api/workbench/company'>;
export type TWorkbenchFinance = ApiResponse<'GET /api/workbench/finance'>;
export type TKpi = TWorkbenchMe['kpis']['sales']['month'];
export type TKpiSet = TWorkbenchMe['kpis'];
export type TPipeline = NonNullable<TWorkbenchMe['pipeline']>;
export type TOverdue = NonNullable<TWorkbenchMe['overdue']>;
export type TCollectionsPlan = NonNullable<TWorkbenchMe['collections']>;
export type TAgingBuckets = NonNullable<TWorkbenchCompany['aging']>;

/**
 * One 工作台 answer. The server keeps figures for a minute or so (workbench.cacheMinutes) and says
 * when they were computed; `refresh` asks it to compute them now.
 */
function useWorkbench<T>(view: string, fetch: (fresh: boolean) => Promise<T>, enabled: boolean) {
  const client = useQueryClient();
  const [refreshing, setRefreshing] = useState(false);
  const key = ['workbench', view];
  const query = useQuery({ queryKey: key, queryFn: () => fetch(false), enabled });
  const refresh = async () => {
    setRefreshing(true);
    try {
      client.setQueryData(key, await fetch(true));
    } finally {
      setRefreshing(false);
    }
  };
  return { ...query, refresh, refreshing };
}

const freshQuery = (fresh: boolean) => (fresh ? { fresh: 'true' as const } : {});

export const useWorkbenchMe = (enabled: boolean) =>
  useWorkbench('me', (fresh) => api.get('/api/workbench/me', { query: freshQuery(fresh) }), enabled);
export const useWorkbenchTeam = (enabled: boolean) =>
  useWorkbench('team', (fresh) => api.get('/api/workbench/team', { query: freshQuery(fresh) }), enabled);
export const useWorkbenchCompany = (enabled: boolean) =>
  useWorkbench(
    'company',
    (fresh) => api.get('/api/workbench/company', { query: freshQuery(fresh) }),
    enabled,
  );
export const useWorkbenchFinance = (enabled: boolean) =>
  useWorkbench(
    'finance',
    (fresh) => api.get('/api/workbench/finance', { query: freshQuery(fresh) }),
    enabled,
  );
