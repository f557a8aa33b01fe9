// Inquiries (客户记录表): what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").

// OPS-4: the register's entries per owner, unit, day and channel (the statistics reports).
export { type InquiryFact, inquiryFacts } from './inquiry-facts.js';
export { manifest } from './manifest.js';

// Read models: the first-contact register, for reads and joins in SQL only (writes go through this module).
export { inquiries } from './tables.js';
