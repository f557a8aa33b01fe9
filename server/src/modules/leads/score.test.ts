import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.js';
import { assertAnswersComplete, potentialScore } from './score.js';

const label = (s: string) => ({ 'zh-CN': s, en: s });
const thirds = [
  { key: 'a', label: label('A'), weight: 33 },
  { key: 'b', label: label('B'), weight: 33 },
  { key: 'c', label: label('C'), weight: 34 },
];

describe('CUS-4 potential-value score', () => {
  it.each([
    [{ a: 0, b: 0, c: 0 }, 0],
    [{ a: 5, b: 5, c: 5 }, 100],
    [{ a: 1, b: 0, c: 0 }, 7], // 6.6 rounds up
    [{ a: 1, b: 1, c: 1 }, 20],
    [{ a: 2, b: 0, c: 3 }, 34], // 13.2 + 20.4 = 33.6
    [{ a: 3, b: 3, c: 3 }, 60],
  ])('Σ weight × answer / 5, rounded: %o → %i', (answers, score) => {
    expect(potentialScore(thirds, answers)).toBe(score);
  });

  it('every criterion answered, nothing unknown; each problem on its own field', () => {
    expect(() => assertAnswersComplete(thirds, { a: 1, b: 2, c: 3 })).not.toThrow();
    try {
      assertAnswersComplete(thirds, { a: 1, b: 2, zz: 3 });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      expect(Object.keys((err as AppError).fields ?? {}).sort()).toEqual(['answers.c', 'answers.zz']);
    }
  });
});
