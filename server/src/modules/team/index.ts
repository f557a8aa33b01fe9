// Team (团队): what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries"). No other module calls it.
export { manifest } from './manifest.js';
