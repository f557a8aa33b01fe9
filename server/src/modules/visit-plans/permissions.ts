import { definePermissions } from '../../platform/access/permissions.js';

/** VIS-1/VIS-2: a rep writes their own monthly visit plan; the levels above read their people's. */
export const visitPlanPermissions = definePermissions([
  {
    code: 'visit_plan:read',
    label: { 'zh-CN': '查看拜访计划表', en: 'View monthly visit plans' },
    scoped: true,
  },
  {
    code: 'visit_plan:write',
    label: { 'zh-CN': '编写和提交自己的拜访计划表', en: 'Write and submit one’s own visit plan' },
    scoped: true,
  },
  {
    code: 'visit_plan:export',
    label: { 'zh-CN': '导出拜访计划表', en: 'Export visit plans' },
    scoped: false,
  },
]);
