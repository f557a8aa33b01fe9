import { describe, expect, it } from 'vitest';
import { type Candidate, type ChampionMetric, rankCandidates } from './rank.js';

const person = (username: string, f: Partial<Candidate>): Candidate => ({
  userId: `00000000-0000-4000-8000-00000000000${username.slice(-1)}`,
  username,
  name: username,
  unitId: 'u',
  sales: 0n,
  completionPct: null,
  collected: 0n,
  newCustomers: 0n,
  ...f,
});

/** INC-7: the champion rule and the tie rule, case by case. */
const cases: {
  name: string;
  metric: ChampionMetric;
  people: Candidate[];
  order: string[];
  decidedBy: string | null;
}[] = [
  {
    name: 'the highest sales wins',
    metric: 'sales_amount',
    people: [
      person('rep1', { sales: 100n }),
      person('rep2', { sales: 300n }),
      person('rep3', { sales: 200n }),
    ],
    order: ['rep2', 'rep3', 'rep1'],
    decidedBy: null,
  },
  {
    name: 'equal sales: the higher completion',
    metric: 'sales_amount',
    people: [
      person('rep1', { sales: 300n, completionPct: 50 }),
      person('rep2', { sales: 300n, completionPct: 80 }),
    ],
    order: ['rep2', 'rep1'],
    decidedBy: 'completion',
  },
  {
    name: 'equal sales and completion: the higher collections, then new customers, then the username',
    metric: 'sales_amount',
    people: [
      person('rep3', { sales: 300n, completionPct: 80, collected: 10n, newCustomers: 1n }),
      person('rep2', { sales: 300n, completionPct: 80, collected: 10n, newCustomers: 1n }),
      person('rep1', { sales: 300n, completionPct: 80, collected: 5n, newCustomers: 9n }),
    ],
    order: ['rep2', 'rep3', 'rep1'],
    decidedBy: 'username',
  },
  {
    name: 'nobody with nothing sold is a champion',
    metric: 'sales_amount',
    people: [person('rep1', {}), person('rep2', { completionPct: 0 })],
    order: [],
    decidedBy: null,
  },
  {
    name: 'by completion: the highest completion wins, no target counts as none; equal completion, the higher sales',
    metric: 'completion',
    people: [
      person('rep1', { sales: 900n, completionPct: null }),
      person('rep2', { sales: 100n, completionPct: 120 }),
      person('rep3', { sales: 200n, completionPct: 120 }),
    ],
    order: ['rep3', 'rep2'],
    decidedBy: 'sales',
  },
];

describe('INC-7: the champion and tie rule', () => {
  for (const c of cases) {
    it(`INC-7: ${c.name}`, () => {
      const { ranked, tieBreak } = rankCandidates(c.people, c.metric);
      expect(ranked.map((r) => r.username)).toEqual(c.order);
      expect(tieBreak?.decidedBy ?? null).toBe(c.decidedBy);
    });
  }
});
