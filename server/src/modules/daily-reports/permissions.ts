import { definePermissions } from '../../platform/access/permissions.js';

/** OPS-2: who reads and works this module (presets in roles/presets.ts). */
export const dailyReportsPermissions = definePermissions([
  {
    code: 'daily_report:read',
    label: { 'zh-CN': '查看销售日报', en: 'View daily sales reports' },
    scoped: true,
  },
  {
    code: 'daily_report:write',
    label: { 'zh-CN': '填写销售日报', en: 'Write daily sales reports' },
    scoped: true,
  },
  {
    code: 'daily_report:review',
    label: { 'zh-CN': '审阅销售日报', en: 'Review daily sales reports' },
    scoped: true,
  },
]);
