// Indicators: what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").

export { type Fact, metricFacts, metricSource } from './facts.js';
export { actualMetrics, type IndicatorRow, indicatorsFor, type MetricFigure, pctOf } from './indicators.js';
export { manifest } from './manifest.js';
export { aheadPct, behindPct, salesBasis } from './policies.js';
export { rollUp, sumBuckets, unitParents } from './rollup.js';
