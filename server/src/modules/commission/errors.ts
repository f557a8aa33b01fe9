import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The commission module's error codes: HTTP status and zh-CN/en messages. */
export const commissionErrors = defineErrors({
  COMMISSION_PLAN_NOT_DRAFT: {
    status: 409,
    zh: '只有草稿或被退回的提成方案可以修改；已批准的方案请新建版本',
    en: 'Only a draft or rejected commission plan can be changed; make a new version of an approved one',
  },
  COMMISSION_STATEMENT_CLOSED: {
    status: 409,
    zh: '该提成结算单已关账，不可更改；差额将在下期结算单中体现',
    en: 'This commission statement is closed and cannot change; differences go on the next statement',
  },
  COMMISSION_STATEMENT_LOCKED: {
    status: 409,
    zh: '只有草稿或被退回的提成结算单可以重新计算',
    en: 'Only a draft or rejected commission statement can be recalculated',
  },
  COMMISSION_NO_PLAN: {
    status: 422,
    zh: '该人员的角色在该月没有已批准的提成方案',
    en: 'No approved commission plan covers this person’s role in that month',
  },
  COMMISSION_PERIOD_OPEN: {
    status: 422,
    zh: '该月尚未结束，不能生成或关账',
    en: 'That month has not ended yet; it cannot be generated or closed',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof commissionErrors> {}
}
