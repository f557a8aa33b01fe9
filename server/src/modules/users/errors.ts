import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The users module's error codes: HTTP status and zh-CN/en messages. */
export const userErrors = defineErrors({
  USERNAME_TAKEN: { status: 409, zh: '用户名已被使用', en: 'That username is taken' },
  HAS_ACTIVE_SUBORDINATES: {
    status: 422,
    zh: '该用户仍有在职下属，请先调整下属的上级',
    en: 'This user still has active direct reports; reassign them first',
  },
  CANNOT_DISABLE_SELF: { status: 422, zh: '不能停用自己的账号', en: 'You cannot disable your own account' },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof userErrors> {}
}
