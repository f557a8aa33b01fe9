import { visitCoreErrors } from './visit-errors.js';

/** The visits module's error codes, each part's own merged here (visit-errors.ts: the visits themselves). */
export const visitErrors = { ...visitCoreErrors };
