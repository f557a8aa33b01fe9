import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The targets module's error codes: HTTP status and zh-CN/en messages. */
export const targetErrors = defineErrors({
  TARGET_GAP_REASON_REQUIRED: {
    status: 422,
    zh: '下级目标之和与上级目标不一致，请填写差额原因后再提交',
    en: 'The children’s targets do not sum to the parent’s target; give a reason for the gap to submit',
  },
  TARGET_GAP_BLOCKED: {
    status: 409,
    zh: '下级目标之和与上级目标不一致，按公司政策须消除差额后才能提交或批准',
    en: 'The children’s targets do not sum to the parent’s target; by company policy the gap must be closed first',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof targetErrors> {}
}
