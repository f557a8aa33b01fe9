import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The champions module's error codes: HTTP status and zh-CN/en messages. */
export const championErrors = defineErrors({
  CHAMPION_REWARD_LOCKED: {
    status: 409,
    zh: '该奖励已提交审批或已批准，不能再修改',
    en: 'This reward is with its approvers or approved; it can no longer change',
  },
  CHAMPION_REWARD_NOT_PROPOSER: {
    status: 403,
    zh: '只有提出该奖励的人可以修改或提交',
    en: 'Only whoever proposed this reward may change or submit it',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof championErrors> {}
}
