import { definePermissions } from '../../platform/access/permissions.js';

/** OPS-1: who reads and works this module (presets in roles/presets.ts). */
export const worklogsPermissions = definePermissions([
  {
    code: 'worklog:read',
    label: { 'zh-CN': '查看工作日志', en: 'View work logs' },
    scoped: true,
  },
  {
    code: 'worklog:write',
    label: { 'zh-CN': '填写工作日志', en: 'Write work logs' },
    scoped: true,
  },
  {
    code: 'worklog:review',
    label: { 'zh-CN': '审阅工作日志', en: 'Review work logs' },
    scoped: true,
  },
]);
