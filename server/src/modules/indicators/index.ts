// Indicators: what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").

export type { CollectionFigure } from './collection-rate.js';
// EXP-1: the expense slot — the expenses module provides the port.
export { type ExpenseFigure, type ExpenseRead, expensePort, expenseRatioPct } from './expense.js';
export { collectionSource, type Fact, metricFacts, metricSource } from './facts.js';
export {
  actualMetrics,
  type IndicatorRow,
  indicatorsFor,
  type MetricFigure,
  pctOf,
  salesMetricAt,
} from './indicators.js';
export { manifest } from './manifest.js';
export type { MarketShareFigure } from './market-share.js';
export { aheadPct, behindPct, salesBasis } from './policies.js';
export { rollUp, sumBuckets, unitParents } from './rollup.js';
// PLAN-5: the customer satisfaction slot — the service module provides the port.
export { type SatisfactionFigure, type SatisfactionRead, satisfactionPort } from './satisfaction.js';
// Schemas other modules' responses reuse.
export { ZFigure, ZMetric, ZPeriod, ZStanding } from './schemas.js';
// PLAN-6: where a person stands against the pace.
export { type Pace, paceOf, type Standing, standingOf, thresholdsCache, thresholdsFor } from './standing.js';
export { measuredPeople, type NamedSubject, subjectsInScope } from './subjects.js';
