import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The training module's error codes: HTTP status and zh-CN/en messages. */
export const trainingErrors = defineErrors({
  TRAINING_NOT_ATTENDED: {
    status: 409,
    zh: '缺席或请假的人员不能登记培训成绩',
    en: 'A result cannot be recorded for someone absent or excused',
  },
  TRAINING_NO_AUDIENCE: {
    status: 422,
    zh: '培训对象中没有在职人员',
    en: 'The audience has no active people',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof trainingErrors> {}
}
