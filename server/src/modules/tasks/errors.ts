import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The tasks module's error codes: HTTP status and zh-CN/en messages. */
export const taskErrors = defineErrors({
  TASK_NOT_DIRECT_REPORT: {
    status: 422,
    zh: '指令只能下达给自己的直接下属，不能越级指挥',
    en: 'A task may only be given to your own direct report; no skip-level command',
  },
  TASK_DUE_IN_PAST: { status: 422, zh: '完成期限不能早于现在', en: 'The deadline cannot be in the past' },
  TASK_NOT_ASSIGNEE: {
    status: 403,
    zh: '只有接受指令的人可以报告完成',
    en: 'Only the assignee may report the task done',
  },
  TASK_NOT_ASSIGNER: {
    status: 403,
    zh: '只有下达指令的人可以评价',
    en: 'Only the person who gave the task may evaluate it',
  },
  TASK_WRONG_STATUS: {
    status: 409,
    zh: '指令当前的状态不允许此操作',
    en: 'The task is not in a state that allows this',
  },
  APPEAL_NOT_SUPERIOR: {
    status: 422,
    zh: '申诉只能向自己的上级（可越级）提出，不能向同级或下级提出',
    en: 'An appeal goes to someone above you (any level), not to a peer or someone below',
  },
  APPEAL_NOT_ADDRESSEE: {
    status: 403,
    zh: '只有被申诉的上级可以答复',
    en: 'Only the person appealed to may answer',
  },
  APPEAL_ALREADY_ANSWERED: { status: 409, zh: '该申诉已答复', en: 'This appeal has already been answered' },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof taskErrors> {}
}
