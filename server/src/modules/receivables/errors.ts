import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The receivables module's error codes: HTTP status and zh-CN/en messages. */
export const receivableErrors = defineErrors({
  PAYMENT_CONFIRM_SELF: {
    status: 403,
    zh: '回款须由录入人以外的另一位财务人员确认',
    en: 'A payment must be confirmed by someone other than the person who recorded it',
  },
  ALLOCATION_EXCEEDS: {
    status: 422,
    zh: '分配金额超过该期未收金额',
    en: 'The allocation is more than the instalment still owes',
  },
  REMITTANCE_SLIP_REQUIRED: {
    status: 422,
    zh: '银行转账须先上传银行回单（汇款凭证）才能确认',
    en: 'Attach the remittance slip before confirming a bank transfer',
  },
  NO_CUSTOMER_CREDIT: {
    status: 422,
    zh: '该客户没有可用的预收余额，或没有未结清的回款计划',
    en: 'The customer has no credit to apply, or nothing open to apply it to',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof receivableErrors> {}
}
