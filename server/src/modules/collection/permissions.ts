import { definePermissions } from '../../platform/access/permissions.js';

/** AR-5 … AR-9: receivables, aging, dunning, escalation, legal status and write-offs. */
export const collectionPermissions = definePermissions([
  {
    code: 'receivable:read',
    label: { 'zh-CN': '查看应收账款和账龄', en: 'View receivables and aging' },
    scoped: true,
  },
  { code: 'receivable:export', label: { 'zh-CN': '导出应收账款', en: 'Export receivables' }, scoped: false },
  {
    code: 'dunning:run',
    label: { 'zh-CN': '发出月末催款通知单', en: 'Issue the month-end dunning notices' },
    scoped: false,
  },
  {
    code: 'receivable:legal',
    label: { 'zh-CN': '设定法律催收状态', en: 'Set legal-action status' },
    scoped: false,
  },
  {
    code: 'dunning:outcome',
    label: { 'zh-CN': '记录催款联系结果', en: 'Record dunning contact outcomes' },
    scoped: true,
  },
  {
    code: 'dunning:dispatch',
    label: { 'zh-CN': '向销售代表分派催款', en: 'Dispatch dunning items to reps' },
    scoped: false,
  },
  {
    code: 'writeoff:request',
    label: { 'zh-CN': '申请坏账核销', en: 'Request bad-debt write-offs' },
    scoped: true,
  },
]);
