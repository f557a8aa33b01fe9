import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The risk register's error codes: HTTP status and zh-CN/en messages. */
export const riskErrors = defineErrors({
  RISK_CLOSED: {
    status: 409,
    zh: '该风险已关闭，请先重新打开',
    en: 'This risk is closed; reopen it first',
  },
  RISK_NOT_PERMITTED: {
    status: 403,
    zh: '只有风险责任人或风险管理人可以处理该风险',
    en: 'Only the risk owner or a risk manager may act on this risk',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof riskErrors> {}
}
