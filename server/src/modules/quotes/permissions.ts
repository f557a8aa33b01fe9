import { definePermissions } from '../../platform/access/permissions.js';

/** Q2C-2 … Q2C-4: quotes and order intents, each in the holder's data scope. */
export const quotePermissions = definePermissions([
  {
    code: 'quote:read',
    label: { 'zh-CN': '查看报价单和订单意向', en: 'View quotes and order intents' },
    scoped: true,
  },
  {
    code: 'quote:write',
    label: { 'zh-CN': '编制报价单、报告订单意向', en: 'Write quotes and report order intents' },
    scoped: true,
  },
]);
