import { definePermissions } from '../../platform/access/permissions.js';

/** SVC-2/SVC-3: who sends and reads satisfaction surveys and records customer praise (presets in roles/presets.ts). */
export const satisfactionPermissions = definePermissions([
  {
    code: 'survey:send',
    label: { 'zh-CN': '发送满意度调查', en: 'Send satisfaction surveys' },
    scoped: true,
  },
  {
    code: 'survey:read',
    label: { 'zh-CN': '查看满意度调查', en: 'View satisfaction surveys' },
    scoped: true,
  },
  {
    code: 'survey:export',
    label: { 'zh-CN': '导出满意度调查', en: 'Export satisfaction surveys' },
    scoped: false,
  },
  {
    code: 'praise:record',
    label: { 'zh-CN': '登记客户表扬', en: 'Record customer praise' },
    scoped: true,
  },
  {
    code: 'praise:read',
    label: { 'zh-CN': '查看客户表扬', en: 'View customer praise' },
    scoped: true,
  },
]);
