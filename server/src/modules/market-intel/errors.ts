import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The market-intel module's error codes: HTTP status and zh-CN/en messages. */
export const marketIntelErrors = defineErrors({
  MARKET_INTEL_EDIT_CLOSED: {
    status: 409,
    zh: '已过可修改期（{days} 天），请联系上级修改',
    en: 'The entry can no longer be changed by its writer ({days} days); ask a superior',
  },
  MARKET_INTEL_LINK_MISMATCH: {
    status: 422,
    zh: '所选拜访不是该客户的拜访',
    en: 'The visit chosen is not a visit of that customer',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof marketIntelErrors> {}
}
