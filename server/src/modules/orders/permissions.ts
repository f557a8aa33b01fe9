import { definePermissions } from '../../platform/access/permissions.js';

/** Q2C-8/Q2C-10/Q2C-11: orders, delivery and returns, each in the holder's data scope. */
export const orderPermissions = definePermissions([
  { code: 'order:read', label: { 'zh-CN': '查看订单和退换货', en: 'View orders and returns' }, scoped: true },
  {
    code: 'order:write',
    label: { 'zh-CN': '下单、发货、交付和验收', en: 'Create orders, ship, deliver and accept' },
    scoped: true,
  },
  {
    code: 'return:write',
    label: { 'zh-CN': '申请退换货', en: 'Request returns and exchanges' },
    scoped: true,
  },
]);
