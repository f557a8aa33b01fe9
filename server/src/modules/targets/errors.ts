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
  SALES_PLAN_EXISTS: {
    status: 409,
    zh: '该年度的销售计划已存在，请打开它继续编写或修订',
    en: 'A sales plan for this year already exists; open it to carry on or revise it',
  },
  SALES_PLAN_NOT_EDITABLE: {
    status: 409,
    zh: '只有草稿或被驳回的年度销售计划可以修改；已批准的计划请修订为新版本',
    en: 'Only a draft or rejected sales plan can be edited; revise an approved plan as a new version',
  },
  SALES_PLAN_NOT_IN_FORCE: {
    status: 409,
    zh: '只有生效中的年度销售计划可以修订',
    en: 'Only the sales plan in force can be revised',
  },
  SALES_PLAN_TARGETS_MISSING: {
    status: 422,
    zh: '每项考核指标都须有全年目标才能提交年度销售计划',
    en: 'Every target metric needs a target for the whole year before the plan is submitted',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof targetErrors> {}
}
