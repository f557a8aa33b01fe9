import { definePermissions } from '../../platform/access/permissions.js';

/** AR-1 … AR-7: payment plans, payments and invoices; finance confirms money. */
export const receivablePermissions = definePermissions([
  {
    code: 'payment:read',
    label: { 'zh-CN': '查看回款计划、回款和发票', en: 'View payment plans, payments and invoices' },
    scoped: true,
  },
  { code: 'payment:create', label: { 'zh-CN': '登记回款', en: 'Record payments' }, scoped: true },
  {
    code: 'payment:confirm',
    label: { 'zh-CN': '确认、退回和冲销回款（财务）', en: 'Confirm, reject and reverse payments (finance)' },
    scoped: false,
  },
  { code: 'invoice:write', label: { 'zh-CN': '登记发票', en: 'Record invoices' }, scoped: false },
  {
    code: 'plan:change',
    label: { 'zh-CN': '申请变更回款计划', en: 'Request payment plan changes' },
    scoped: true,
  },
  {
    code: 'receivable:verify',
    label: {
      'zh-CN': '核对应收金额（存储的已收、预留金额与结算记录）',
      en: 'Verify receivable amounts (stored settled and reserved amounts against the settlements)',
    },
    scoped: false,
  },
]);
