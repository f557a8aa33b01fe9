import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The leads module's error codes: HTTP status and zh-CN/en messages. */
export const leadErrors = defineErrors({
  LEAD_NOT_QUALIFIED: {
    status: 422,
    zh: '线索的潜在价值评分未达到转为客户的最低分，请先完成评估',
    en: 'The lead’s potential-value score is below the score needed to convert it; assess it first',
  },
  LEAD_ALREADY_CUSTOMER: { status: 409, zh: '该记录已经是客户', en: 'This is already a customer' },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof leadErrors> {}
}
