import type { TImportRunSummary } from '../../../api/types';

/** Whole percent of the rows processed (0 before the total is known). */
export function importPercent(run: Pick<TImportRunSummary, 'processedRows' | 'totalRows'>): number {
  if (run.totalRows <= 0) return 0;
  return Math.min(100, Math.floor((run.processedRows * 100) / run.totalRows));
}

export const isFinished = (run: Pick<TImportRunSummary, 'status'>) =>
  run.status === 'done' || run.status === 'failed';
