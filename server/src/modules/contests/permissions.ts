import { definePermissions } from '../../platform/access/permissions.js';

/** INC-9: who reads and works this module (presets in roles/presets.ts). */
export const contestsPermissions = definePermissions([
  {
    code: 'contest:read',
    label: { 'zh-CN': '查看销售竞赛', en: 'View sales contests' },
    scoped: false,
  },
  {
    code: 'contest:manage',
    label: { 'zh-CN': '组织销售竞赛', en: 'Run sales contests' },
    scoped: true,
  },
]);
