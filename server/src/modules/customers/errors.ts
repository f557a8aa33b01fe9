import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The customers module's error codes: HTTP status and zh-CN/en messages. */
export const customerErrors = defineErrors({
  CREDIT_NOT_PERMITTED: {
    status: 403,
    zh: '信用额度和信用评级由财务或销售总监设定',
    en: 'Credit limit and rating are set by finance or the sales director',
  },
  CUSTOMER_OWNED_CAP: {
    status: 422,
    zh: '负责的客户数已达上限，不能再增加',
    en: 'The owner has reached the cap on customers owned',
  },
  POOL_CUSTOMER_TAKEN: {
    status: 409,
    zh: '该客户已不在公海（可能刚被他人领取），请刷新',
    en: 'This customer is no longer in the pool (someone may have just claimed it); reload',
  },
  POOL_CUSTOMER_ALREADY_IN_POOL: {
    status: 409,
    zh: '该客户已在公海中',
    en: 'This customer is already in the pool',
  },
  POOL_DAILY_CLAIM_CAP: {
    status: 422,
    zh: '今日从公海领取的客户数已达上限',
    en: "You have reached today's cap on claims from the pool",
  },
  POOL_RECLAIM_WAIT: {
    status: 422,
    zh: '该客户退回公海未满规定天数，原负责人暂不能重新领取',
    en: 'The previous owner cannot reclaim this customer until the wait after its return to the pool is over',
  },
  CUSTOMER_DUPLICATE: {
    status: 409,
    zh: '已有相同的客户（名称、统一社会信用代码或电话相同），不能重复建档；可申请协作或转移',
    en: 'This customer already exists (same name, unified social credit code or phone); ask to collaborate or for a transfer instead',
  },
  CUSTOMER_EXPORT_NOT_ALLOWED: {
    status: 403,
    zh: '客户名单不得泄露：销售代表不能导出客户名单',
    en: 'Customer lists are confidential: sales reps may not export them',
  },
  DUPLICATE_REQUEST_INVALID: {
    status: 422,
    zh: '该客户与您的申请不符（可能您已是负责人或协作人，或客户在公海中）',
    en: 'This request does not apply (you may already own or work on this customer, or it is in the pool)',
  },
  DUPLICATE_REQUEST_PENDING: {
    status: 409,
    zh: '您对该客户已有待审批的申请',
    en: 'You already have a pending request for this customer',
  },
  CUSTOMER_ASSIGNEE_INVALID: {
    status: 422,
    zh: '只能分配给您管理范围内的在职人员',
    en: 'Assign only to an active person within your scope',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof customerErrors> {}
}
