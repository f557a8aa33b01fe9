import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The coaching module's error codes: HTTP status and zh-CN/en messages. */
export const coachingErrors = defineErrors({
  COACHING_SELF: {
    status: 422,
    zh: '不能为自己记录辅导；辅导由上级记录',
    en: 'You cannot record a coaching of yourself; your superior records it',
  },
  COACHING_FOLLOWED_UP: {
    status: 409,
    zh: '该辅导已记录跟进',
    en: 'This coaching has already been followed up',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof coachingErrors> {}
}
