import { definePermissions } from '../../platform/access/permissions.js';

/** Q2C-1: the catalogue — everyone who sells reads it; prices are set by the director. */
export const productPermissions = definePermissions([
  {
    code: 'product:read',
    label: { 'zh-CN': '查看产品目录', en: 'View the product catalogue' },
    scoped: false,
  },
  {
    code: 'product:manage',
    label: { 'zh-CN': '维护产品目录（不含价格）', en: 'Maintain the catalogue (not prices)' },
    scoped: false,
  },
  {
    code: 'product:price',
    label: { 'zh-CN': '制订和调整产品价格', en: 'Set and change product prices' },
    scoped: false,
  },
  { code: 'product:cost', label: { 'zh-CN': '查看产品成本', en: 'See product costs' }, scoped: false },
]);
