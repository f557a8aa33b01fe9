import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The products module's error codes: HTTP status and zh-CN/en messages. */
export const productErrors = defineErrors({
  PRODUCT_RETIRED: { status: 422, zh: '该产品已停售', en: 'That product is retired' },
  PRODUCT_NOT_PRICED: {
    status: 422,
    zh: '该产品尚未定价，须由销售总监定价后才能启用',
    en: 'That product has no prices yet; the sales director prices it before it can be used',
  },
  PRODUCT_CODE_TAKEN: { status: 409, zh: '产品编码已存在', en: 'That product code is already in use' },
  PRODUCT_CATEGORY_TAKEN: { status: 409, zh: '产品类别已存在', en: 'That category already exists' },
  // contracts / seals (Q2C-5 … Q2C-9)
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof productErrors> {}
}
