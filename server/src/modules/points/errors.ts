import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The points module's error codes: HTTP status and zh-CN/en messages. */
export const pointsErrors = defineErrors({
  POINTS_AWARD_SELF: {
    status: 422,
    zh: '不能为自己申请奖励积分；由上级申请',
    en: 'You cannot propose extra points for yourself; your superior proposes them',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof pointsErrors> {}
}
