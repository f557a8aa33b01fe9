import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/api';
import type { ApiQuery, ApiResponse } from '../../api/routes';

export type TIndicatorPage = ApiResponse<'GET /api/indicators'>;
export type TIndicatorItem = TIndicatorPage['items'][number];
export type TIndicatorQuery = ApiQuery<'GET /api/indicators'>;
export type TLevel = TIndicatorPage['levels'][number];
export type TFigure = TIndicatorItem['sales'];
export type TRecordsQuery = ApiQuery<'GET /api/indicators/records'>;
export type TRecordsPage = ApiResponse<'GET /api/indicators/records'>;
export type TRecord = TRecordsPage['items'][number];
export type TRecordMetric = TRecordsQuery['metric'];
export type TBoard = ApiResponse<'GET /api/completion-board'>;
export type TBoardItem = TBoard['items'][number];
export type TBoardQuery = ApiQuery<'GET /api/completion-board'>;
export type TStanding = TBoardItem['standing'];

export const indicatorsKey = ['indicators'] as const;

/** PLAN-5: a level's (or named subjects') indicators for a period, paged by the server. */
export function useIndicators(query: TIndicatorQuery) {
  return useQuery({
    queryKey: [...indicatorsKey, 'list', query],
    queryFn: () => api.get('/api/indicators', { query }),
    placeholderData: keepPreviousData,
  });
}

/** PLAN-5: the records behind one figure (null: nothing asked yet). */
export function useIndicatorRecords(query: TRecordsQuery | null) {
  return useQuery({
    queryKey: [...indicatorsKey, 'records', query],
    queryFn: () => api.get('/api/indicators/records', { query: query! }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

/** PLAN-6: the completion board of a period. */
export function useCompletionBoard(query: TBoardQuery, enabled = true) {
  return useQuery({
    queryKey: [...indicatorsKey, 'board', query],
    queryFn: () => api.get('/api/completion-board', { query }),
    placeholderData: keepPreviousData,
    enabled,
  });
}
