import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The seals module's error codes: HTTP status and zh-CN/en messages. */
export const sealErrors = defineErrors({
  SEAL_NOT_IN_CUSTODY: { status: 409, zh: '印章不在保管中', en: 'The seal is not in custody' },
  SEAL_NOT_CHECKED_OUT: { status: 409, zh: '印章未借出，无需归还', en: 'The seal is not checked out' },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof sealErrors> {}
}
