import { definePermissions } from '../../platform/access/permissions.js';

/** DOC-1 … DOC-4: who reads, keeps, borrows and lends documents (presets in roles/presets.ts). */
export const documentsPermissions = definePermissions([
  {
    code: 'document:read',
    label: { 'zh-CN': '查阅档案', en: 'Read documents' },
    scoped: true,
  },
  {
    code: 'document:manage',
    label: { 'zh-CN': '管理档案', en: 'Keep documents' },
    scoped: true,
  },
  {
    code: 'document:borrow',
    label: { 'zh-CN': '申请借阅档案', en: 'Borrow documents' },
    scoped: false,
  },
  {
    code: 'document:lend',
    label: { 'zh-CN': '审批档案借阅', en: 'Approve document loans' },
    scoped: true,
  },
  {
    code: 'document:export',
    label: { 'zh-CN': '导出档案目录', en: 'Export the document catalogue' },
    scoped: false,
  },
]);
