import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The expenses module's error codes: HTTP status and zh-CN/en messages. */
export const expenseErrors = defineErrors({
  EXPENSE_NOT_OWN: {
    status: 403,
    zh: '只有申请人本人可以修改或提交',
    en: 'Only the person who made it may change or submit it',
  },
  EXPENSE_NOT_DRAFT: {
    status: 409,
    zh: '报销单已提交，不能再修改',
    en: 'The claim has been submitted and can no longer be changed',
  },
  EXPENSE_DECIDED: {
    status: 409,
    zh: '该单据当前不在审批中',
    en: 'This document is not waiting for approval',
  },
  EXPENSE_WRONG_STAGE: {
    status: 409,
    zh: '该报销单当前不在这一审批环节（部门审核或财务审批）',
    en: 'The claim is not at this stage of approval (department review or finance)',
  },
  EXPENSE_RECEIPT_MISSING: {
    status: 422,
    zh: '每条报销明细都需要上传票据（图片或 PDF）',
    en: 'Every claim line needs its receipt (an image or a PDF)',
  },
  EXPENSE_NO_PRE_APPROVAL: {
    status: 422,
    zh: '礼品和招待费用需要已批准的事前申请，未经事前申请不能报销',
    en: 'Gifts and entertainment need an approved pre-approval; without one they cannot be claimed',
  },
  EXPENSE_PRE_APPROVAL_INVALID: {
    status: 422,
    zh: '关联的事前申请或拜访不是您本人已批准的申请',
    en: 'The linked pre-approval or visit is not an approved one of your own',
  },
  EXPENSE_LAST_LINE: {
    status: 422,
    zh: '不能驳回报销单的全部明细，请退回整张报销单',
    en: 'Not every line can be rejected; reject the whole claim instead',
  },
  EXPENSE_NOT_APPROVED: {
    status: 409,
    zh: '只有财务已审批的报销单才能登记付款',
    en: 'Only a claim approved by finance can be marked paid',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof expenseErrors> {}
}
