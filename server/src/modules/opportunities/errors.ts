import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The opportunities module's error codes: HTTP status and zh-CN/en messages. */
export const opportunityErrors = defineErrors({
  OPPORTUNITY_CLOSED: {
    status: 422,
    zh: '商机已赢单或输单，不能再修改或变更阶段',
    en: 'This opportunity is closed (won or lost); it can no longer be changed or moved',
  },
  OPPORTUNITY_SAME_STAGE: {
    status: 422,
    zh: '商机已处于该阶段',
    en: 'The opportunity is already at this stage',
  },
  OPPORTUNITY_OWNER_INVALID: {
    status: 422,
    zh: '商机负责人只能是您管理范围内的在职人员',
    en: 'The owner must be an active person within your scope',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof opportunityErrors> {}
}
