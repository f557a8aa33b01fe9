import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The statistics reports' error codes: HTTP status and zh-CN/en messages. */
export const statReportErrors = defineErrors({
  STAT_REPORT_PERIOD_NOT_STARTED: {
    status: 422,
    zh: '该周尚未开始，不能生成统计报表',
    en: 'That week has not begun; no report can be made for it yet',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof statReportErrors> {}
}
