import type { TargetMetric } from '../targets/index.js';
import type { Candidate } from './rank.js';

/** What a champion row keeps of a person's figures (amounts as text). */
export interface StoredFigures {
  userId: string;
  name: string;
  salesMetric: TargetMetric;
  sales: string;
  target: string | null;
  completionPct: number | null;
  collected: string;
  newCustomers: string;
}

export const storedFigures = (c: Candidate, salesMetric: TargetMetric): StoredFigures => ({
  userId: c.userId,
  name: c.name,
  salesMetric,
  sales: c.sales.toString(),
  target: null,
  completionPct: c.completionPct,
  collected: c.collected.toString(),
  newCustomers: c.newCustomers.toString(),
});
