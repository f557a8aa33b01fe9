// suggestions: what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").

// OPS-9: the use cases (the demo company makes and reviews a few suggestions with them).
export { adoptSuggestion, declineSuggestion } from './decide-suggestion.js';
// Domain events.
export { type AdoptedSuggestion, suggestionAdopted } from './events.js';
export { manifest } from './manifest.js';
// OPS-9: who reviews suggestions (the chain policy).
export { suggestionReviewers } from './policies.js';
export { submitSuggestion } from './submit-suggestion.js';
// Read models: the suggestions, for reads and joins in SQL only (writes go through this module).
export { suggestions } from './tables.js';
