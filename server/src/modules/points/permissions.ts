import { definePermissions } from '../../platform/access/permissions.js';

/** INC-2 … INC-5: who reads and works this module (presets in roles/presets.ts). */
export const pointsPermissions = definePermissions([
  {
    code: 'points:read',
    label: { 'zh-CN': '查看积分', en: 'View points' },
    scoped: true,
  },
  {
    code: 'points:award',
    label: { 'zh-CN': '申请奖励积分', en: 'Propose extra points' },
    scoped: true,
  },
  {
    code: 'points:board',
    label: { 'zh-CN': '查看积分公示', en: 'View the points board' },
    scoped: false,
  },
]);
