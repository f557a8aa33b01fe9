import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The daily reports' error codes: HTTP status and zh-CN/en messages. */
export const dailyReportErrors = defineErrors({
  DAILY_REPORT_ARCHIVED: {
    status: 422,
    zh: '该日报已归档，不能再修改',
    en: 'That daily report is archived and can no longer be changed',
  },
  DAILY_REPORT_NOT_SUBMITTED: {
    status: 422,
    zh: '该日报尚未提交审阅',
    en: 'That daily report has not been submitted for review',
  },
  DAILY_REPORT_UNIT_REPORT: {
    status: 422,
    zh: '部门日报没有个人备注和审阅',
    en: 'A unit’s daily report has no notes or review of its own',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof dailyReportErrors> {}
}
