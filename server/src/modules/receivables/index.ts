// Receivables (应收): what other modules may use of this module, and the only file of it they
// import (ARCHITECTURE.md, "Module boundaries").

// Use cases: instalments, settlements and credit notes, written in the caller's transaction.
export { type Allocation, lockOpenInstalments, type OpenInstalment, settle } from './allocate.js';
// Queries: what is settled and owed, and the check that the stored amounts agree (AR-4).
export { verifyInstalmentAmounts } from './amounts.js';
export { issueCreditNote } from './credit-notes.js';
export { manifest } from './manifest.js';
export { customerDebt } from './outstanding.js';
// Domain events it emits (handled in other modules' manifests).
export {
  type ConfirmedPayment,
  paymentConfirmed,
  paymentReversed,
} from './payment-domain-events.js';
export { createSigningPlan, insertInstalments, type PlannedInstalment, signingTermDays } from './plan.js';
// Policies other modules read.
export { collectionDays, dueSoonDays } from './policies.js';
export { instalmentsSettled } from './settled-event.js';
// Read models: tables for reads and joins in SQL only. Writes go through the use cases above.
export { creditNotes, instalments, payments } from './tables.js';
