// points: what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").

// INC-2 … INC-5: award points (idempotent per event) on the points account.
export { awardedBefore, awardPoints, monthsAfter, POINTS_ACCOUNT, type PointsAward } from './award.js';
export { awardBasicForPayment, basicPointsOf } from './basic.js';
export { POINT_AWARD_DOC } from './flow.js';
export { manifest } from './manifest.js';
export { type ExtraRule, extraPointsPolicies, extraRules } from './policies.js';
// INC-4: a manual award proposed (and submitted for approval).
export { proposeAward } from './propose-award.js';
// INC-4: the month close's extra points (the job, and the demo's catch-up).
export { awardClosedMonth } from './target-awards.js';
