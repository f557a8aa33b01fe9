import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The work log's error codes (OPS-1, OPS-7): HTTP status and zh-CN/en messages. */
export const worklogErrors = defineErrors({
  WORKLOG_FUTURE_DAY: {
    status: 422,
    zh: '不能填写未来日期的工作日志',
    en: 'A work log cannot be written for a day still to come',
  },
  WORKLOG_ALREADY_SUBMITTED: {
    status: 409,
    zh: '工作日志已提交；如需修改，请填写修改原因后保存',
    en: 'The work log has been submitted; to change it, save it with the reason for the change',
  },
  WORKLOG_AMEND_REASON: {
    status: 422,
    zh: '当天已截止：修改已提交的工作日志须说明原因',
    en: 'The day is closed: changing a submitted work log needs a reason',
  },
  WORKLOG_NOT_SUBMITTED: {
    status: 409,
    zh: '工作日志尚未提交，或已审阅，不能审阅',
    en: 'The work log is not submitted or has already been reviewed',
  },
  WORKLOG_REVIEW_SELF: {
    status: 403,
    zh: '不能审阅自己的工作日志',
    en: 'You cannot review your own work log',
  },
  WORKLOG_RETURN_COMMENT: {
    status: 422,
    zh: '退回工作日志须写明意见',
    en: 'Returning a work log needs a comment',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof worklogErrors> {}
}
