import { definePermissions } from '../../platform/access/permissions.js';

/** INC-7: who reads and works this module (presets in roles/presets.ts). */
export const championsPermissions = definePermissions([
  {
    code: 'champion:read',
    label: { 'zh-CN': '查看销售冠军', en: 'View sales champions' },
    scoped: false,
  },
  {
    code: 'champion:manage',
    label: { 'zh-CN': '登记冠军奖励', en: 'Record champion rewards' },
    scoped: false,
  },
]);
