import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The units module's error codes: HTTP status and zh-CN/en messages. */
export const unitErrors = defineErrors({
  UNIT_CODE_TAKEN: { status: 409, zh: '组织编码已被使用', en: 'That unit code is taken' },
  UNIT_PARENT_INVALID: {
    status: 422,
    zh: '上级组织不符合层级：公司 → 大区 → 部门 → 小组',
    en: 'The parent does not fit the tree: company → region → department → team',
  },
  UNIT_CYCLE: {
    status: 422,
    zh: '组织不能移动到自己的下级之下',
    en: 'A unit cannot move under its own descendant',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof unitErrors> {}
}
