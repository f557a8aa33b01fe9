import { definePermissions } from '../../platform/access/permissions.js';

/** PEN-1/PEN-2/PEN-4, CUS-5, Q2C-9: who reads and works this module (presets in roles/presets.ts). */
export const disciplinePermissions = definePermissions([
  {
    code: 'violation:read',
    label: { 'zh-CN': '查看违规记录', en: 'View violations' },
    scoped: true,
  },
  {
    code: 'violation:record',
    label: { 'zh-CN': '登记违规', en: 'Record violations' },
    scoped: true,
  },
  {
    code: 'violation:appeal',
    label: { 'zh-CN': '对违规提出申诉', en: 'Appeal a violation' },
    scoped: true,
  },
  {
    code: 'violation:export',
    label: { 'zh-CN': '导出罚款', en: 'Export fines' },
    scoped: true,
  },
  {
    code: 'sanction:read',
    label: { 'zh-CN': '查看处分', en: 'View sanctions' },
    scoped: true,
  },
  {
    code: 'sanction:propose',
    label: { 'zh-CN': '提出处分', en: 'Propose sanctions' },
    scoped: true,
  },
]);
