import { definePermissions } from '../../platform/access/permissions.js';

/**
 * PLAN-1/PLAN-2/PLAN-3/ORG-6: the director drafts the company's annual plan; managers set and
 * split their unit's targets; the GM approves (approval flows, not a permission); everyone reads
 * the targets of their scope.
 */
export const targetPermissions = definePermissions([
  {
    code: 'sales_plan:read',
    label: { 'zh-CN': '查看年度销售计划', en: 'View the annual sales plan' },
    scoped: false,
  },
  {
    code: 'sales_plan:write',
    label: { 'zh-CN': '编制年度销售计划', en: 'Draft the annual sales plan' },
    scoped: false,
  },
  {
    code: 'target:read',
    label: { 'zh-CN': '查看销售目标', en: 'View sales targets' },
    scoped: true,
  },
  {
    code: 'target:write',
    label: { 'zh-CN': '制定和分解销售目标', en: 'Set and split sales targets' },
    scoped: true,
  },
  {
    code: 'target:export',
    label: { 'zh-CN': '导出目标表', en: 'Export target sheets' },
    scoped: false,
  },
  {
    code: 'market:write',
    label: { 'zh-CN': '录入市场容量', en: 'Enter market sizes' },
    scoped: false,
  },
]);
