import { definePermissions } from '../../platform/access/permissions.js';

/** OPS-3: who reads and works this module (presets in roles/presets.ts). */
export const daySummariesPermissions = definePermissions([
  {
    code: 'day_summary:read',
    label: { 'zh-CN': '查看日终汇总', en: 'View end-of-day summaries' },
    scoped: true,
  },
  {
    code: 'day_summary:send',
    label: { 'zh-CN': '发送日终汇总', en: 'Send end-of-day summaries' },
    scoped: true,
  },
]);
