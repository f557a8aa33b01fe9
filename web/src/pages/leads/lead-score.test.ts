import { describe, expect, it } from 'vitest';
import { weightedScore } from './lead-score';

const criteria = [
  { key: 'budget', weight: 30 },
  { key: 'need', weight: 30 },
  { key: 'authority', weight: 20 },
  { key: 'timing', weight: 20 },
];

describe('CUS-4 live lead score', () => {
  it('Σ weight × answer / 5, rounded', () => {
    expect(weightedScore(criteria, { budget: 5, need: 4, authority: 2, timing: 3 }, 5)).toBe(74);
    expect(weightedScore(criteria, { budget: 3, need: 3, authority: 3, timing: 3 }, 5)).toBe(60);
    expect(weightedScore([{ key: 'a', weight: 33 }], { a: 1 }, 5)).toBe(7);
  });
  it('unanswered criteria count as 0', () => {
    expect(weightedScore(criteria, { budget: 5 }, 5)).toBe(30);
    expect(weightedScore(criteria, undefined, 5)).toBe(0);
  });
});
