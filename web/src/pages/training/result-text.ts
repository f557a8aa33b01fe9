import type { TFunction } from 'i18next';

/** A result in words: "95 分" / "合格"; empty when none. */
export function resultText(t: TFunction, r: { score: number | null; passed: boolean | null }): string {
  if (r.score !== null) return t('training.scoreText', { score: r.score });
  if (r.passed !== null) return r.passed ? t('training.pass') : t('training.fail');
  return '';
}
