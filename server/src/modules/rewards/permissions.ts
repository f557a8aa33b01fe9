import { definePermissions } from '../../platform/access/permissions.js';

/** INC-6: who reads and works this module (presets in roles/presets.ts). */
export const rewardsPermissions = definePermissions([
  {
    code: 'reward:read',
    label: { 'zh-CN': '查看积分商城', en: 'View the reward catalogue' },
    scoped: false,
  },
  {
    code: 'reward:redeem',
    label: { 'zh-CN': '兑换奖品', en: 'Redeem rewards' },
    scoped: true,
  },
  {
    code: 'reward:manage',
    label: { 'zh-CN': '管理奖品', en: 'Manage the reward catalogue' },
    scoped: false,
  },
]);
