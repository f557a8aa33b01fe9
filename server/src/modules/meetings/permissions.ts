import { definePermissions } from '../../platform/access/permissions.js';

/** OPS-6: who reads and works this module (presets in roles/presets.ts). */
export const meetingsPermissions = definePermissions([
  {
    code: 'meeting:read',
    label: { 'zh-CN': '查看早会', en: 'View morning meetings' },
    scoped: true,
  },
  {
    code: 'meeting:host',
    label: { 'zh-CN': '主持早会', en: 'Host morning meetings' },
    scoped: true,
  },
]);
