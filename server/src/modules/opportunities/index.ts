// Opportunities (商机): what other modules may use of this module, and the only file of it they
// import (ARCHITECTURE.md, "Module boundaries").

// CUS-8: the funnel of the actor's scope; the stage probabilities that weigh the pipeline.
export { opportunityFunnel } from './funnel.js';
export { manifest } from './manifest.js';
export { probabilitiesByUnit, probabilityRowsSql } from './probability.js';
export { ZOpportunityFunnel } from './schemas.js';
// Scope: who may read or change an opportunity (ORG-5).
export { opportunityReadScope, opportunityWriteScope } from './scope.js';
// CUS-8: the stages that count as open (the pipeline before won or lost).
export { openStages } from './stages.js';
// Read models: the opportunity table, for reads and joins in SQL only.
export { opportunities } from './tables.js';
