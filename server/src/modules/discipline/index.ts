// discipline: what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").

export { monthFines } from './export-fines.js';
export { manifest } from './manifest.js';
export {
  lateMajorFineFen,
  lateMinorFineFen,
  refusalFineFen,
  sealHarmFineFen,
  sealUnapprovedFineFen,
} from './policies.js';
export { getViolation, listViolations } from './queries.js';
export { recordViolation } from './record-by-hand.js';
export { proposeSanction } from './sanctions.js';
export { FINES_ACCOUNT } from './scope.js';
// Read models
export { sanctions, violations } from './tables.js';
