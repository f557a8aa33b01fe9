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
  TARGET_SET_OPEN_EXISTS: {
    status: 409,
    zh: '该单位本年度此指标已有一份尚未批准的目标分解，请打开它继续',
    en: 'This unit already has an unapproved split for this year and metric; open it and carry on',
  },
  TARGET_PARENT_MISSING: {
    status: 409,
    zh: '本单位的目标尚未生效（须先由上级分解并经批准，公司目标来自已批准的年度销售计划），暂不能分解',
    en: 'This unit has no target in force yet (the level above must split and approve it first; the company’s comes from the approved annual sales plan)',
  },
  TARGET_CHANGE_REASON_REQUIRED: {
    status: 422,
    zh: '调整已批准的目标须说明原因',
    en: 'A change to approved targets needs a reason',
  },
  TARGET_METRIC_NOT_USED: {
    status: 422,
    zh: '公司目前不为该指标制定目标',
    en: 'The company sets no targets for this metric',
  },
  TARGET_SET_NOT_EDITABLE: {
    status: 409,
    zh: '只有草稿或被驳回的目标分解可以修改；已批准的目标请新建调整版本',
    en: 'Only a draft or rejected split can be edited; start a new version to change approved targets',
  },
  TARGET_SET_EMPTY: {
    status: 422,
    zh: '还没有分解给任何下级',
    en: 'Nothing has been split to any child yet',
  },
  TARGET_SPLIT_NO_BASIS: {
    status: 422,
    zh: '所选下级去年没有实绩，无法按去年占比分解',
    en: 'The chosen children had no actuals last year to share by',
  },
  TARGET_IMPORT_INVALID: {
    status: 422,
    zh: '目标表中有错误的行，请按提示修改后重新导入（未导入任何数据）',
    en: 'Some rows of the target sheet are wrong; fix them and import again (nothing was imported)',
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
