import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The supervision module's error codes (OPS-7): HTTP status and zh-CN/en messages. */
export const supervisionErrors = defineErrors({
  SUMMARY_MONTH_NOT_OVER: {
    status: 422,
    zh: '只能为已开始的月份写总结',
    en: 'A summary can only be written for a month already begun',
  },
  SUMMARY_SUBMITTED: {
    status: 409,
    zh: '月度总结已提交，不能再修改',
    en: 'The monthly summary has been submitted and can no longer be changed',
  },
  SUMMARY_NOT_SUBMITTED: {
    status: 409,
    zh: '月度总结尚未提交或已阅',
    en: 'The monthly summary is not submitted or has already been read',
  },
  SUMMARY_OWN: {
    status: 403,
    zh: '不能为自己的月度总结确认已阅',
    en: 'You cannot mark your own monthly summary read',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof supervisionErrors> {}
}
