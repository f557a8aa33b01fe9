import { definePermissions } from '../../platform/access/permissions.js';

/** OPS-10: who reads and works this module (presets in roles/presets.ts). */
export const marketIntelPermissions = definePermissions([
  {
    code: 'market_intel:read',
    label: { 'zh-CN': '查看市场信息', en: 'View market information' },
    scoped: true,
  },
  {
    code: 'market_intel:write',
    label: { 'zh-CN': '登记市场信息', en: 'Record market information' },
    scoped: true,
  },
  {
    code: 'market_intel:export',
    label: { 'zh-CN': '导出市场信息', en: 'Export market information' },
    scoped: false,
  },
]);
