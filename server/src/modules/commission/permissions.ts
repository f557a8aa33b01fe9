import { definePermissions } from '../../platform/access/permissions.js';

/** INC-1: who reads and works this module (presets in roles/presets.ts). */
export const commissionPermissions = definePermissions([
  {
    code: 'commission_plan:read',
    label: { 'zh-CN': '查看提成方案', en: 'View commission plans' },
    scoped: false,
  },
  {
    code: 'commission_plan:write',
    label: { 'zh-CN': '制定提成方案', en: 'Write commission plans' },
    scoped: false,
  },
  {
    code: 'commission:read',
    label: { 'zh-CN': '查看提成结算单', en: 'View commission statements' },
    scoped: true,
  },
  {
    code: 'commission:generate',
    label: { 'zh-CN': '生成提成结算单', en: 'Generate commission statements' },
    scoped: true,
  },
  {
    code: 'commission:close',
    label: { 'zh-CN': '结算关账', en: 'Close commission statements' },
    scoped: false,
  },
  {
    code: 'commission:export',
    label: { 'zh-CN': '导出提成工资表', en: 'Export the commission payroll' },
    scoped: false,
  },
]);
