import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The quotes module's error codes: HTTP status and zh-CN/en messages. */
export const quoteErrors = defineErrors({
  QUOTE_EXPIRED: { status: 422, zh: '报价单已过有效期', en: 'The quote has expired' },
  QUOTE_EMPTY: { status: 422, zh: '报价单至少需要一行产品', en: 'A quote needs at least one line' },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof quoteErrors> {}
}
