import { definePermissions } from '../../platform/access/permissions.js';

/** OPS-9: who reads and works this module (presets in roles/presets.ts). */
export const suggestionsPermissions = definePermissions([
  {
    code: 'suggestion:create',
    label: { 'zh-CN': '提出合理化建议', en: 'Make suggestions' },
    scoped: false,
  },
  {
    code: 'suggestion:read',
    label: { 'zh-CN': '查看合理化建议', en: 'View suggestions' },
    scoped: true,
  },
  {
    code: 'suggestion:review',
    label: { 'zh-CN': '评审合理化建议', en: 'Review suggestions' },
    scoped: true,
  },
  {
    code: 'suggestion:export',
    label: { 'zh-CN': '导出合理化建议', en: 'Export suggestions' },
    scoped: false,
  },
]);
