import { definePermissions } from '../../platform/access/permissions.js';

/** OPS-7: who reads and works this module (presets in roles/presets.ts). */
export const supervisionPermissions = definePermissions([
  {
    code: 'month_summary:read',
    label: { 'zh-CN': '查看月度总结', en: 'View monthly summaries' },
    scoped: true,
  },
  {
    code: 'month_summary:write',
    label: { 'zh-CN': '填写月度总结', en: 'Write monthly summaries' },
    scoped: true,
  },
]);
