import { appError } from '../../platform/errors.js';
import type { Localized } from '../../platform/i18n/lang.js';

/** Each criterion is answered on a scale of 0 to this. */
export const MAX_ANSWER = 5;

export interface WeightedCriterion {
  key: string;
  label: Localized;
  weight: number;
}

/**
 * CUS-4: every criterion of the policy answered, and nothing else; refused per field
 * (`answers.budget`) otherwise.
 */
export function assertAnswersComplete(criteria: WeightedCriterion[], answers: Record<string, number>): void {
  const fields: Record<string, Localized> = {};
  for (const c of criteria) {
    if (answers[c.key] === undefined) {
      fields[`answers.${c.key}`] = {
        'zh-CN': `请为“${c.label['zh-CN']}”打分（0–${MAX_ANSWER}）`,
        en: `Score “${c.label.en}” (0–${MAX_ANSWER})`,
      };
    }
  }
  const known = new Set(criteria.map((c) => c.key));
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) {
      fields[`answers.${key}`] = { 'zh-CN': '没有这项评估标准', en: 'No such criterion' };
    }
  }
  if (Object.keys(fields).length > 0) throw appError('VALIDATION_FAILED', fields);
}

/**
 * CUS-4: the potential-value score, 0–100: each criterion's weight times its answer as a share
 * of the top answer, summed and rounded (the weights sum to 100).
 */
export function potentialScore(criteria: WeightedCriterion[], answers: Record<string, number>): number {
  const sum = criteria.reduce((total, c) => total + (c.weight * (answers[c.key] ?? 0)) / MAX_ANSWER, 0);
  return Math.min(100, Math.max(0, Math.round(sum)));
}
