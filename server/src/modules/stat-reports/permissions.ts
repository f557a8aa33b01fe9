import { definePermissions } from '../../platform/access/permissions.js';

/** OPS-4: the monthly and weekly statistics reports of one's units. */
export const statReportPermissions = definePermissions([
  {
    code: 'stat_report:read',
    label: { 'zh-CN': '查看统计报表', en: 'View statistics reports' },
    scoped: true,
  },
  {
    code: 'stat_report:generate',
    label: { 'zh-CN': '生成统计报表', en: 'Generate statistics reports' },
    scoped: true,
  },
]);
