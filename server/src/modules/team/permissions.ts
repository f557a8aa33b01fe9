import { definePermissions } from '../../platform/access/permissions.js';

/** ORG-3/ORG-5: a superior reads the day's figures of the people below them (their scope). */
export const teamPermissions = definePermissions([
  {
    code: 'team:read',
    label: { 'zh-CN': '查看团队业绩概况', en: 'View the team’s figures' },
    scoped: true,
  },
]);
