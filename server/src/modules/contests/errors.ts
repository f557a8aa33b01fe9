import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The contests module's error codes: HTTP status and zh-CN/en messages. */
export const contestErrors = defineErrors({
  CONTEST_NOT_DRAFT: {
    status: 409,
    zh: '竞赛已开始或已结束，不能再修改',
    en: 'The contest has started or ended; it can no longer change',
  },
  CONTEST_NOT_RUNNING: {
    status: 409,
    zh: '只有进行中的竞赛可以结束',
    en: 'Only a running contest can be closed',
  },
  CONTEST_ENDED: {
    status: 422,
    zh: '竞赛结束日期已过，不能再开始；请修改日期',
    en: 'The contest’s end date has passed; change the dates to start it',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof contestErrors> {}
}
