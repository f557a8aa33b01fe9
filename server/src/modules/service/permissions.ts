import { definePermissions } from '../../platform/access/permissions.js';

/** SVC-1/CUS-5: who opens, reads and works service tickets (presets in roles/presets.ts). */
export const servicePermissions = definePermissions([
  {
    code: 'service_ticket:create',
    label: { 'zh-CN': '新建服务工单', en: 'Open service tickets' },
    scoped: false,
  },
  {
    code: 'service_ticket:read',
    label: { 'zh-CN': '查看服务工单', en: 'View service tickets' },
    scoped: true,
  },
  {
    code: 'service_ticket:handle',
    label: { 'zh-CN': '处理服务工单', en: 'Handle service tickets' },
    scoped: true,
  },
  {
    code: 'service_ticket:export',
    label: { 'zh-CN': '导出服务工单', en: 'Export service tickets' },
    scoped: false,
  },
]);
