// rewards: what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").

export { manifest } from './manifest.js';
// INC-6: the policies other modules (the points board) may read.
export { exchangeRatio, redemptionApprovers } from './policies.js';
// Read models: the catalogue and the redemptions, for reads and joins in SQL only.
export { redemptionStatuses, redemptions, rewardItems, rewardKinds } from './tables.js';
