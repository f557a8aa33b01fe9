import { defineJob } from '../../platform/jobs/registry.js';
import { reconcileAllCustomers } from './reconcile.js';

/**
 * RISK-1 (AR-8): once a day, after the collection run, every customer's credit risks are
 * reconciled: debts that reached the legal step today raise a risk, watch periods that ended
 * close theirs. Money events reconcile a customer at once; this catches what only time changes.
 */
export const riskReconcileJob = defineJob({
  name: 'risks.reconcile',
  label: { 'zh-CN': '客户信用风险检查', en: 'Customer credit risk check' },
  summary: {
    customers: { 'zh-CN': '检查客户 {{value}} 个', en: '{{value}} customers checked' },
    raised: { 'zh-CN': '新增风险 {{value}} 条', en: '{{value}} risks raised' },
    closed: { 'zh-CN': '解除风险 {{value}} 条', en: '{{value}} risks resolved' },
  },
  schedule: { cron: '30 1 * * *' },
  run: async (ctx) => {
    const o = await reconcileAllCustomers(ctx);
    return `customers=${o.customers} raised=${o.raised} closed=${o.closed}`;
  },
});
