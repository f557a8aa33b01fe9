import { definePermissions } from '../../platform/access/permissions.js';

/** PLAN-6: superiors coach their people behind target; the coached person reads their own records. */
export const coachingPermissions = definePermissions([
  {
    code: 'coaching:read',
    label: { 'zh-CN': '查看辅导记录', en: 'View coaching records' },
    scoped: true,
  },
  {
    code: 'coaching:write',
    label: { 'zh-CN': '记录辅导', en: 'Record coaching' },
    scoped: true,
  },
]);
