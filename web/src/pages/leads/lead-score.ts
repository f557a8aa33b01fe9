import type { TLeadCriterion } from '../../api/types';

/**
 * CUS-4: the potential-value score as the server computes it — each criterion's weight times
 * its answer as a share of the top answer, summed and rounded to 0–100 — so the assessment
 * dialog shows the score live while stars are picked.
 */
export function weightedScore(
  criteria: Pick<TLeadCriterion, 'key' | 'weight'>[],
  answers: Record<string, number | undefined> | undefined,
  maxAnswer: number,
): number {
  const sum = criteria.reduce((total, c) => total + (c.weight * (answers?.[c.key] ?? 0)) / maxAnswer, 0);
  return Math.min(100, Math.max(0, Math.round(sum)));
}
