// Customers (客户档案): what other modules may use of this module, and the only file of it they
// import (ARCHITECTURE.md, "Module boundaries").

// Use cases: writes to customer records, each with its audit row, in the caller's transaction.
export { assertOwnedCapacity } from './capacity.js';
export { liveContact } from './contact-queries.js';
// Ports: reads of the customer file (CUS-6) that the money modules answer.
export {
  type CustomerPaymentFile,
  customerPaymentFilePort,
  type PurchasedCategory,
  purchasedCategoriesPort,
} from './customer-file-ports.js';
// Domain events it emits (handled in other modules' manifests).
export { customerCreditSet } from './events.js';
export { type InsertCustomerOptions, insertCustomer } from './insert-customer.js';
export { convertLeadToCustomer, type LeadAssessment, storeLeadAssessment } from './lead-lifecycle.js';
export { assertCustomerLevel } from './levels.js';
// Reads: the next steps of follow-ups (CUS-8), for the visit calendar.
export { FOLLOW_UP_SUBJECT } from './log-follow-up.js';
export { manifest } from './manifest.js';
export { normalisePhone } from './name-key.js';
export { type FollowUpNextStep, followUpNextSteps } from './next-steps.js';
export { assertNoDuplicate } from './no-double-claim.js';
// Policies other modules read.
export {
  festivalKeys,
  greetingDaysBefore,
  greetingFestivals,
  qualificationCriteria,
  qualifiedScore,
} from './policies.js';
// Schemas and types.
export type { CustomerCreateInput } from './schemas.js';
// Scope: who may read or change a customer (ORG-5); the subject type of its timeline and files.
export { CUSTOMER_SUBJECT, customerInScope, customerReadScope, customerWriteScope } from './scope.js';
// Read models: the customer table and its enumerations, for reads and joins in SQL only.
// Writes go through the use cases above.
export { customerSources, customers, customerTypes, followUps } from './tables.js';
