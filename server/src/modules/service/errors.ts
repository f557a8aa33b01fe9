import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The service module's error codes: HTTP status and zh-CN/en messages. */
export const serviceErrors = defineErrors({
  SERVICE_TICKET_TRANSITION: {
    status: 409,
    zh: '服务工单不能从「{from}」变为「{to}」（已关闭的工单不能再处理，未解决的工单不能关闭）',
    en: 'The ticket cannot go from “{from}” to “{to}” (a closed ticket cannot be worked on, an unresolved ticket cannot be closed)',
  },
  SERVICE_TICKET_NOT_RETURN: {
    status: 409,
    zh: '只有退换货工单可以发起退换货申请，且每张工单只能发起一次',
    en: 'Only a return/exchange ticket can start a return, and only once',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof serviceErrors> {}
}
