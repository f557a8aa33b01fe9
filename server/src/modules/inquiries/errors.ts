import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The inquiries module's error codes: HTTP status and zh-CN/en messages. */
export const inquiryErrors = defineErrors({
  INQUIRY_ALREADY_HANDLED: {
    status: 409,
    zh: '该登记已转为线索或已关联客户',
    en: 'This entry has already been turned into a lead or linked to a customer',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof inquiryErrors> {}
}
