import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The performance-cases module's error codes: HTTP status and zh-CN/en messages. */
export const performanceCaseErrors = defineErrors({
  PERF_CASE_SELF: {
    status: 422,
    zh: '不能处理自己的绩效面谈；由上级处理',
    en: 'You cannot handle your own performance case; your superior does',
  },
  PERF_CASE_WRONG_STEP: {
    status: 409,
    zh: '该绩效面谈当前不在这一步骤',
    en: 'This performance case is not at that step',
  },
  PERF_CASE_NOT_REVIEW: {
    status: 422,
    zh: '只有升级为绩效考核的面谈才需提出考核决定',
    en: 'Only a case escalated to a performance review takes a review decision',
  },
  PERF_CASE_DECISION_PENDING: {
    status: 409,
    zh: '考核决定正在审批中',
    en: 'The review decision is awaiting approval',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof performanceCaseErrors> {}
}
