import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The visits module's error codes: HTTP status and zh-CN/en messages. */
export const visitErrors = defineErrors({
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
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof visitErrors> {}
}
