import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The end-of-day summaries' error codes: HTTP status and zh-CN/en messages. */
export const daySummaryErrors = defineErrors({
  DAY_SUMMARY_SENT: {
    status: 409,
    zh: '该日终汇总已发送，不能再修改或重发',
    en: 'This end-of-day summary has been sent; it cannot be changed or sent again',
  },
  DAY_SUMMARY_NO_RECIPIENTS: {
    status: 409,
    zh: '按收件人设置找不到任何收件人，请联系管理员检查“日终汇总收件人”',
    en: 'The recipients policy names nobody; ask the administrator to check “End-of-day summary recipients”',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof daySummaryErrors> {}
}
