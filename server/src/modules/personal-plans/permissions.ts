import { definePermissions } from '../../platform/access/permissions.js';

/** PLAN-4: a rep writes their own annual and monthly plans; the levels above read (and review) their people's. */
export const personalPlanPermissions = definePermissions([
  {
    code: 'personal_plan:read',
    label: { 'zh-CN': '查看个人销售计划', en: 'View personal sales plans' },
    scoped: true,
  },
  {
    code: 'personal_plan:write',
    label: { 'zh-CN': '编写和提交个人销售计划', en: 'Write and submit personal sales plans' },
    scoped: true,
  },
]);
