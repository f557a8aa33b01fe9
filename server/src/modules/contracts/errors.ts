import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The contracts module's error codes: HTTP status and zh-CN/en messages. */
export const contractErrors = defineErrors({
  CONTRACT_SIGNED: {
    status: 409,
    zh: '已签订的合同不能修改，变更请签订补充协议',
    en: 'A signed contract cannot be changed; sign a supplementary agreement instead',
  },
  CONTRACT_SCAN_REQUIRED: {
    status: 422,
    zh: '请先上传双方签字盖章的合同扫描件',
    en: 'Attach the signed and sealed scan first',
  },
  CONTRACT_VERIFY_SELF: {
    status: 422,
    zh: '复核须由录入人以外的另一人完成',
    en: 'The entry must be verified by someone other than the person who entered it',
  },
  CONTRACT_CREDIT_CHANGED: {
    status: 409,
    zh: '客户信用情况已变化（出现逾期或超出额度），请在合同页面重新提交审批',
    en: 'The customer’s credit position changed (overdue or over the limit); submit again from the contract page',
  },
  // orders / returns (Q2C-8, Q2C-10, Q2C-11)
  CONTRACT_NOT_SIGNED_MAIN: {
    status: 422,
    zh: '需要已签订的主合同（补充协议、订单、退换货、回款计划都依据主合同）',
    en: 'This needs a signed main contract (supplements, orders, returns and payment plans follow one)',
  },
  PLAN_SUM_MISMATCH: {
    status: 422,
    zh: '各期回款金额之和必须等于合同应收金额',
    en: 'The instalments must add up to the contract’s receivable amount',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof contractErrors> {}
}
