import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The auth module's error codes: HTTP status and zh-CN/en messages. */
export const authErrors = defineErrors({
  INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  PASSWORD_WRONG: { status: 422, zh: '当前密码不正确', en: 'The current password is wrong' },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof authErrors> {}
}
