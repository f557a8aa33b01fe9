// Visits (客户拜访): what other modules may use of this module, and the only file of it they
// import (ARCHITECTURE.md, "Module boundaries").

// Read models: visit compliance per person and month (VIS-7), the KPI-1 indicator source.
export type { TComplianceFigures, TVisitComplianceRow } from './compliance/schemas.js';
export {
  type ComplianceReps,
  completionPct,
  complianceTotals,
  visitComplianceFor,
} from './compliance/visit-compliance.js';
// OPS-4: the visits made, per rep, unit and day (the statistics reports).
export { doneVisitFacts, type VisitFact } from './compliance/visit-facts.js';
export { manifest } from './manifest.js';
// Policies other modules read.
export { visitPurposeCodes, visitPurposes } from './policies.js';
// Use cases other modules call, in the caller's transaction.
export {
  type PlannedVisitLine,
  type PlannedVisitsOfPlan,
  schedulePlannedVisits,
} from './schedule-planned-visits.js';
// The subject type of a visit's due items, files and timeline.
export { VISIT_SUBJECT } from './subject.js';
// Read models: visits, their reports and business trips, for reads and joins in SQL only (the
// 工作台's visits of today; who is away for the morning meeting and the work log, OPS-1/OPS-6).
export { visitReports, visits, visitTrips } from './tables.js';
// OPS-1/OPS-6: who is away on a business trip covering a day.
export { awayDays, type TripCover, tripCovering } from './trips/trip-covering.js';
// Domain events.
export { type TripChanged, tripChanged } from './trips/trip-events.js';
export { type VisitDone, visitDone } from './visit-events.js';
// VIS-3: a purpose in words (exports, notices).
export { purposeText } from './visit-words.js';
