import { definePermissions } from '../../platform/access/permissions.js';

/** OPS-8: who reads and works this module (presets in roles/presets.ts). */
export const trainingPermissions = definePermissions([
  {
    code: 'training:read',
    label: { 'zh-CN': '查看培训', en: 'View training' },
    scoped: true,
  },
  {
    code: 'training:manage',
    label: { 'zh-CN': '组织培训', en: 'Run training' },
    scoped: true,
  },
  {
    code: 'dev_plan:read',
    label: { 'zh-CN': '查看个人发展计划', en: 'View development plans' },
    scoped: true,
  },
  {
    code: 'dev_plan:write',
    label: { 'zh-CN': '制定个人发展计划', en: 'Write development plans' },
    scoped: true,
  },
]);
