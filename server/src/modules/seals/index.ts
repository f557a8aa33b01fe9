// Seals (印章): what other modules may use of this module, and the only file of it they import
// (ARCHITECTURE.md, "Module boundaries").

// Domain events (Q2C-9: the discipline module records the violation and its fine).
export {
  type SealHarmRecorded,
  type SealTakenWithoutConsent,
  sealHarmRecorded,
  sealTakenWithoutConsent,
} from './events.js';
export { manifest } from './manifest.js';
