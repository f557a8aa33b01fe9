import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The error codes of visits themselves (VIS-4): HTTP status and zh-CN/en messages. */
export const visitCoreErrors = defineErrors({
  VISIT_NOT_TODAY: {
    status: 409,
    zh: '这次拜访计划在以后的日期：请先改期到今天，再签到',
    en: 'This visit is planned for a later day: move it to today first, then check in',
  },
  VISIT_NOT_OWN: {
    status: 403,
    zh: '只有负责这次拜访的销售代表本人可以准备、签到和签退',
    en: 'Only the rep who makes this visit may prepare it, check in and check out',
  },
  VISIT_WRONG_STATUS: {
    status: 409,
    zh: '拜访当前的状态不允许此操作，请刷新后查看',
    en: 'The visit is not in a state that allows this; reload to see it',
  },
  VISIT_PRE_APPROVED_FIXED: {
    status: 409,
    zh: '费用、礼品和招待已获预批准，不能再修改；如需变更请取消本次拜访后重新安排',
    en: 'The expense, gift and entertainment are pre-approved and can no longer change; cancel the visit and plan a new one to change them',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof visitCoreErrors> {}
}
