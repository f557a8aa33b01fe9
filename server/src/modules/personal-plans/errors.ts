import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The personal-plans module's error codes: HTTP status and zh-CN/en messages. */
export const personalPlanErrors = defineErrors({
  PERSONAL_PLAN_EXISTS: {
    status: 409,
    zh: '该期间的个人销售计划已存在，请打开它继续编写',
    en: 'A personal plan for this period already exists; open it and carry on',
  },
  PERSONAL_PLAN_PERIOD_PAST: {
    status: 422,
    zh: '只能为本期或以后的期间编写个人销售计划',
    en: 'Personal plans are written for the current period or a later one',
  },
  PERSONAL_PLAN_PERIOD_OVER: {
    status: 422,
    zh: '计划期间已结束，不能再修改或提交',
    en: 'The plan’s period is over; it can no longer be changed or submitted',
  },
  PERSONAL_PLAN_EMPTY: {
    status: 422,
    zh: '请写明达成目标的做法，或至少列出一项重点客户、商机或行动后再提交',
    en: 'Say how the targets will be reached, or list at least one key customer, opportunity or action, before submitting',
  },
  PERSONAL_PLAN_NOT_EDITABLE: {
    status: 409,
    zh: '只有草稿或被驳回的个人销售计划可以修改；已批准的计划请修订',
    en: 'Only a draft or rejected personal plan can be edited; revise an approved plan',
  },
  PERSONAL_PLAN_NOT_IN_FORCE: {
    status: 409,
    zh: '只有已批准且为最新版本的个人销售计划可以修订',
    en: 'Only the latest, approved personal plan can be revised',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof personalPlanErrors> {}
}
