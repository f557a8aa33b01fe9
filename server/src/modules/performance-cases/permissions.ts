import { definePermissions } from '../../platform/access/permissions.js';

/** INC-8: who reads and works this module (presets in roles/presets.ts). */
export const performanceCasesPermissions = definePermissions([
  {
    code: 'perf_case:read',
    label: { 'zh-CN': '查看绩效面谈', en: 'View performance cases' },
    scoped: true,
  },
  {
    code: 'perf_case:write',
    label: { 'zh-CN': '处理绩效面谈', en: 'Handle performance cases' },
    scoped: true,
  },
  {
    code: 'perf_case:export',
    label: { 'zh-CN': '导出绩效面谈', en: 'Export performance cases' },
    scoped: true,
  },
]);
