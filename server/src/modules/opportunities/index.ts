// Opportunities (商机): what other modules may use of this module, and the only file of it they
// import (ARCHITECTURE.md, "Module boundaries").

export { manifest } from './manifest.js';
// Scope: who may read or change an opportunity (ORG-5).
export { opportunityReadScope, opportunityWriteScope } from './scope.js';
// CUS-8: the stages that count as open (the pipeline before won or lost).
export { openStages } from './stages.js';
// Read models: the opportunity table, for reads and joins in SQL only.
export { opportunities } from './tables.js';
