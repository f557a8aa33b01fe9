import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The orders module's error codes: HTTP status and zh-CN/en messages. */
export const orderErrors = defineErrors({
  DELIVERY_DOCS_INCOMPLETE: {
    status: 422,
    zh: '随货资料（说明书、合格证、检测报告）未齐全，不能验收',
    en: 'The delivery documents (manual, certificate, test report) are not complete',
  },
  SHIPMENT_EXCEEDS_ORDER: {
    status: 422,
    zh: '发货数量超过未发数量',
    en: 'More shipped than is left to ship',
  },
  RETURN_CREDIT_EXCEEDS_CONTRACT: {
    status: 422,
    zh: '退款金额（含该合同其他退换货）不能超过合同金额',
    en: 'The credit (with the contract’s other returns) cannot exceed the contract amount',
  },
  // receivables / payments (AR-1 … AR-4, AR-7)
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof orderErrors> {}
}
