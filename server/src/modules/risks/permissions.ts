import { definePermissions } from '../../platform/access/permissions.js';

/** RISK-1: who reads and manages the risk register (presets in roles/presets.ts). */
export const risksPermissions = definePermissions([
  {
    code: 'risk:read',
    label: { 'zh-CN': '查看风险登记', en: 'View the risk register' },
    scoped: true,
  },
  {
    code: 'risk:manage',
    label: { 'zh-CN': '登记与管理风险', en: 'Record and manage risks' },
    scoped: true,
  },
  {
    code: 'risk:export',
    label: { 'zh-CN': '导出风险登记', en: 'Export the risk register' },
    scoped: false,
  },
]);
