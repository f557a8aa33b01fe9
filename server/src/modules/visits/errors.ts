import { type CodesOf, defineErrors } from '../../platform/errors.js';
import { visitCoreErrors } from './visit-errors.js';

/** The error codes of the calendar, visit reports (VIS-5) and commitments (VIS-6): HTTP status and zh-CN/en messages. */
const visitFollowThroughErrors = defineErrors({
  // The calendar (moving a visit).
  VISIT_NOT_MOVABLE: {
    status: 422,
    zh: '只有尚未开始的拜访（已计划或已准备）可以改期',
    en: 'Only a visit not yet begun (planned or prepared) can be moved',
  },
  VISIT_MOVE_OTHER_MONTH: {
    status: 422,
    zh: '拜访计划表中的拜访只能在本月内改期；改到其他月份请提交计划变更',
    en: 'A visit of the monthly plan moves within its month; to another month, submit a plan change',
  },
  VISIT_NOT_DONE: {
    status: 409,
    zh: '拜访尚未完成（未签退），还不能写拜访报告',
    en: 'The visit is not done (not checked out) yet; its report cannot be written',
  },
  VISIT_REPORT_NOT_AUTHOR: {
    status: 403,
    zh: '只有拜访的业务员本人可以撰写和提交拜访报告',
    en: 'Only the rep who made the visit may write and submit its report',
  },
  VISIT_REPORT_NOT_EDITABLE: {
    status: 409,
    zh: '拜访报告已提交或已审阅，不能再修改',
    en: 'The visit report has been submitted or reviewed; it can no longer be changed',
  },
  VISIT_COMMITMENT_NOT_OWNER: {
    status: 403,
    zh: '只有承诺事项的负责人可以报告完成',
    en: 'Only the owner of the commitment may report it done',
  },
  VISIT_COMMITMENT_NOT_CONFIRMER: {
    status: 403,
    zh: '承诺事项由拜访业务员的直属上级确认',
    en: 'A commitment is confirmed by the direct superior of the rep who made the visit',
  },
  VISIT_COMMITMENT_WRONG_STATUS: {
    status: 409,
    zh: '承诺事项当前的状态不允许此操作',
    en: 'The commitment is not in a state that allows this',
  },
  VISIT_COMMITMENT_BY_TASK: {
    status: 409,
    zh: '这项承诺已作为指令下达给下属：完成和评价请在该指令中办理',
    en: 'This commitment was given to a direct report as a task: report it done and evaluate it on the task',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof visitFollowThroughErrors> {}
}

/** The visits module's error codes, each part's own merged here (visit-errors.ts: the visits themselves). */
export const visitErrors = { ...visitCoreErrors, ...visitFollowThroughErrors };
