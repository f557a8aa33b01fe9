// Quotes (报价单): what other modules may use of this module, and the only file of it they
// import (ARCHITECTURE.md, "Module boundaries").

// Use cases: a contract drafted from an accepted quote (Q2C-5).
export { markQuoteContracted, quoteForContract } from './for-contract.js';
export { manifest } from './manifest.js';
// Read models: the quote table, for reads and joins in SQL only.
export { quotes } from './tables.js';
