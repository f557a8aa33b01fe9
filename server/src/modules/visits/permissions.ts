import { definePermissions } from '../../platform/access/permissions.js';

/**
 * VIS-2/VIS-4/ORG-5: a rep works their own visits; each level above reads (and reviews) those of
 * the people below them.
 */
export const visitPermissions = definePermissions([
  {
    code: 'visit:read',
    label: { 'zh-CN': '查看客户拜访、拜访报告和承诺事项', en: 'View visits, visit reports and commitments' },
    scoped: true,
  },
  {
    code: 'visit:write',
    label: {
      'zh-CN': '安排、准备和执行客户拜访，撰写拜访报告',
      en: 'Plan, prepare and make visits; write visit reports',
    },
    scoped: true,
  },
  {
    code: 'visit:export',
    label: { 'zh-CN': '导出拜访记录和拜访达成情况', en: 'Export visits and visit compliance' },
    scoped: false,
  },
]);
