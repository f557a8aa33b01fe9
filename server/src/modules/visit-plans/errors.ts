import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The visit-plans module's error codes: HTTP status and zh-CN/en messages. */
export const visitPlanErrors = defineErrors({
  VISIT_PLAN_EXISTS: {
    status: 409,
    zh: '该月的拜访计划表已存在，请打开它继续编写',
    en: 'A visit plan for this month already exists; open it and carry on',
  },
  VISIT_PLAN_MONTH_PAST: {
    status: 422,
    zh: '只能为本月或以后的月份编写拜访计划表',
    en: 'Visit plans are written for this month or a later one',
  },
  VISIT_PLAN_EMPTY: {
    status: 422,
    zh: '拜访计划表至少要有一条拜访安排才能提交',
    en: 'A visit plan needs at least one line to be submitted',
  },
  VISIT_PLAN_NOT_EDITABLE: {
    status: 409,
    zh: '只有草稿或被驳回的拜访计划表可以修改；已批准的计划请提出变更',
    en: 'Only a draft or rejected visit plan can be edited; propose a change to an approved plan',
  },
  VISIT_PLAN_NOT_APPROVED: {
    status: 409,
    zh: '只有已批准的拜访计划表可以提出变更',
    en: 'Changes are proposed to approved visit plans only',
  },
  VISIT_PLAN_CHANGE_PENDING: {
    status: 409,
    zh: '该计划已有一项变更在审批中，请等待审批结果或撤回后再提',
    en: 'A change to this plan is already awaiting approval; wait for it or withdraw it first',
  },
  VISIT_PLAN_MONTH_OVER: {
    status: 422,
    zh: '计划月份已结束，不能再变更',
    en: 'The plan’s month is over; it can no longer be changed',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof visitPlanErrors> {}
}
