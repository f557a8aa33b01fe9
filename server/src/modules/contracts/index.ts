// Contracts (合同): what other modules may use of this module, and the only file of it they
// import (ARCHITECTURE.md, "Module boundaries").

// Use cases: writes to contracts, each with its audit row, in the caller's transaction.
export { type LegalStatus, type LegalStatusFrom, setContractLegalStatus } from './legal-status.js';

// Queries and scope.
export { contractRefs, effectiveAmountFen } from './queries.js';
export { assertSignedMain, type ContractRow, contractInScope, contractScope } from './scope.js';

// Read models: the contract table and its enumerations, for reads and joins in SQL only.
// Writes go through the use cases above.
export { contracts, legalStatuses } from './tables.js';
