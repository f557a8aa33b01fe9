import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The roles module's error codes: HTTP status and zh-CN/en messages. */
export const roleErrors = defineErrors({
  ROLE_CODE_TAKEN: { status: 409, zh: '角色编码已被使用', en: 'That role code is taken' },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof roleErrors> {}
}
