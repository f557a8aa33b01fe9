import { definePermissions } from '../../platform/access/permissions.js';

/** Q2C-5 … Q2C-8: contracts in the holder's data scope; signing entry and its verification. */
export const contractPermissions = definePermissions([
  { code: 'contract:read', label: { 'zh-CN': '查看合同', en: 'View contracts' }, scoped: true },
  {
    code: 'contract:write',
    label: { 'zh-CN': '起草合同和补充协议', en: 'Draft contracts and supplements' },
    scoped: true,
  },
  {
    code: 'contract:enter',
    label: { 'zh-CN': '录入签约信息、上传签字扫描件', en: 'Enter signed contracts and their scans' },
    scoped: true,
  },
  {
    code: 'contract:verify',
    label: { 'zh-CN': '复核合同录入', en: 'Verify contract data entry (second check)' },
    scoped: true,
  },
]);
