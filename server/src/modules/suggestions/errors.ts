import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The suggestions module's error codes: HTTP status and zh-CN/en messages. */
export const suggestionErrors = defineErrors({
  SUGGESTION_DECIDED: {
    status: 409,
    zh: '该建议已评审完毕（已采纳或不予采纳）',
    en: 'This suggestion has already been decided (adopted or declined)',
  },
  SUGGESTION_NOT_REVIEWER: {
    status: 403,
    zh: '该建议当前不由您评审',
    en: 'You are not the current reviewer of this suggestion',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof suggestionErrors> {}
}
