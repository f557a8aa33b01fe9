import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The collection module's error codes: HTTP status and zh-CN/en messages. */
export const collectionErrors = defineErrors({
  DUNNING_ALREADY_RUN: {
    status: 409,
    zh: '本月催款通知单已发出',
    en: 'This month’s dunning notices were already issued',
  },
  WRITE_OFF_EXCEEDS: {
    status: 422,
    zh: '核销金额超过合同未收金额',
    en: 'The write-off is more than the contract still owes',
  },
  DUNNING_TOO_EARLY: {
    status: 422,
    zh: '还未到本月催款日',
    en: 'This month’s dunning day has not come yet',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof collectionErrors> {}
}
