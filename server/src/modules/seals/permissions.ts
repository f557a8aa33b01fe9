import { definePermissions } from '../../platform/access/permissions.js';

/** Q2C-9: seal custody — everyone may ask to use a seal; the custodian keeps the register and log. */
export const sealPermissions = definePermissions([
  { code: 'seal:request', label: { 'zh-CN': '申请用印', en: 'Request seal use' }, scoped: false },
  {
    code: 'seal:read',
    label: { 'zh-CN': '查看印章和用印记录', en: 'View seals and their log' },
    scoped: false,
  },
  {
    code: 'seal:manage',
    label: { 'zh-CN': '保管印章：登记、借出、归还', en: 'Keep seals: register, check out, return' },
    scoped: false,
  },
]);
