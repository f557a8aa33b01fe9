import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The jobs module's error codes: HTTP status and zh-CN/en messages. */
export const jobErrors = defineErrors({
  CLOCK_CONTROL_DISABLED: {
    status: 404,
    zh: '业务时钟不可调整（仅在测试环境开启 XG_CLOCK_CONTROL 后可用）',
    en: 'The business clock cannot be changed here (only with XG_CLOCK_CONTROL=true, for testing)',
  },
  // ── The money loop (Q2C, AR). Each area adds its codes under its own heading. ──
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof jobErrors> {}
}
