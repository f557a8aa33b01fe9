// Contracts (合同): what other modules may use of this module, and the only file of it they
// import (ARCHITECTURE.md, "Module boundaries").

// Queries and scope.
export { effectiveAmountFen, effectiveAmountSql } from './effective-amount.js';
// Domain events it emits and the ports it asks other modules to supply (handled in their manifests).
export { contractSigned, customerDebtPort, type SignedContractRow, signingPlanReviewPort } from './events.js';
// Use cases: writes to contracts, each with its audit row, in the caller's transaction.
export { type LegalStatus, type LegalStatusFrom, setContractLegalStatus } from './legal-status.js';
export { manifest } from './manifest.js';
export { contractRefs } from './queries.js';
export type { TPlannedInstalment } from './schemas.js';
export { assertSignedMain, type ContractRow, contractInScope, contractScope } from './scope.js';
export { type SigningPlanOutcome, setSigningPlanOutcome } from './signing-plan-review.js';
// Read models: the contract table and its enumerations, for reads and joins in SQL only.
// Writes go through the use cases above.
export { contracts, legalStatuses } from './tables.js';
