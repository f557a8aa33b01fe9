import { definePermissions } from '../../platform/access/permissions.js';

/** EXP-1 … EXP-3, VIS-4: who applies for, reviews, approves and pays expenses (presets in roles/presets.ts). */
export const expensesPermissions = definePermissions([
  {
    code: 'expense:apply',
    label: { 'zh-CN': '申请费用与报销', en: 'Apply for expenses and claim them' },
    scoped: false,
  },
  {
    code: 'expense:read',
    label: { 'zh-CN': '查看费用申请与报销', en: 'View expense requests and claims' },
    scoped: true,
  },
  {
    code: 'expense:review',
    label: { 'zh-CN': '部门审核报销', en: 'Review claims for the department' },
    scoped: true,
  },
  {
    code: 'expense:finance',
    label: { 'zh-CN': '财务审批与付款', en: 'Approve and pay claims (finance)' },
    scoped: false,
  },
  {
    code: 'expense:export',
    label: { 'zh-CN': '导出费用与报销', en: 'Export expenses and claims' },
    scoped: false,
  },
]);
