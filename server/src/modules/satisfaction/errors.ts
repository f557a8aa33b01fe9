import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The satisfaction module's error codes: HTTP status and zh-CN/en messages. */
export const satisfactionErrors = defineErrors({
  SURVEY_LINK_INVALID: {
    status: 404,
    zh: '该调查链接无效或已失效',
    en: 'This survey link is invalid or no longer valid',
  },
  SURVEY_EXPIRED: {
    status: 410,
    zh: '该调查链接已过期，感谢您的关注',
    en: 'This survey link has expired. Thank you for your interest',
  },
  SURVEY_ANSWERED: {
    status: 409,
    zh: '该调查已提交，感谢您的评价',
    en: 'This survey has already been answered. Thank you for your feedback',
  },
  SURVEY_NO_REP: {
    status: 422,
    zh: '该客户没有负责人，无法确定被评价的销售代表',
    en: 'This customer has no owner, so there is no sales rep to rate',
  },
  PRAISE_OWN: {
    status: 422,
    zh: '不能为自己登记客户表扬',
    en: 'You cannot record praise for yourself',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof satisfactionErrors> {}
}
