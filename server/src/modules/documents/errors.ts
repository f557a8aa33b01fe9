import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The document room's error codes: HTTP status and zh-CN/en messages. */
export const documentErrors = defineErrors({
  DOCUMENT_DISPOSED: {
    status: 409,
    zh: '该档案已处置，不能再修改、上传或借阅',
    en: 'This document has been disposed of; it can no longer be changed, uploaded to or borrowed',
  },
  DOCUMENT_NOT_DUE_FOR_REVIEW: {
    status: 409,
    zh: '该档案的保管期限尚未届满，无需审查',
    en: 'The retention of this document has not ended; there is nothing to review',
  },
  DOCUMENT_ALREADY_BORROWED: {
    status: 409,
    zh: '您已有该档案的借阅申请或借出记录尚未结束',
    en: 'You already have a loan of this document that is not finished',
  },
  BORROW_WRONG_STATUS: {
    status: 409,
    zh: '该借阅当前的状态不允许此操作',
    en: 'This loan is not in a state that allows this',
  },
  BORROW_NOT_BORROWER: {
    status: 403,
    zh: '只有借阅人本人可以签字或撤回',
    en: 'Only the borrower may sign or withdraw this loan',
  },
  BORROW_NOT_APPROVER: {
    status: 403,
    zh: '该借阅当前不由您审批',
    en: 'You are not the current approver of this loan',
  },
  BORROW_BAD_SIGNATURE: {
    status: 400,
    zh: '签名须为在签字板上手写的 PNG 图片',
    en: 'The signature must be a PNG image drawn on the signature pad',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof documentErrors> {}
}
