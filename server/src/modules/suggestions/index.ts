// suggestions: what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").

// Domain events.
export { type AdoptedSuggestion, suggestionAdopted } from './events.js';
export { manifest } from './manifest.js';
// OPS-9: who reviews suggestions (the chain policy).
export { suggestionReviewers } from './policies.js';
// Read models: the suggestions, for reads and joins in SQL only (writes go through this module).
export { suggestions } from './tables.js';
