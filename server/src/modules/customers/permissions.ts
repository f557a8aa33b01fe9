import { definePermissions } from '../../platform/access/permissions.js';

/** CUS-1 … CUS-9 and ORG-5: who may see and change the customer file, the register and the pipeline. */
export const customerPermissions = definePermissions([
  { code: 'customer:read', label: { 'zh-CN': '查看客户', en: 'View customers' }, scoped: true },
  { code: 'customer:write', label: { 'zh-CN': '编辑客户', en: 'Edit customers' }, scoped: true },
  { code: 'customer:create', label: { 'zh-CN': '新建客户', en: 'Create customers' }, scoped: false },
  {
    code: 'customer:assign',
    label: { 'zh-CN': '分配客户（转移负责人）', en: 'Reassign customers' },
    scoped: true,
  },
  {
    code: 'customer:pool',
    label: { 'zh-CN': '公海：查看和领取', en: 'Public pool: view and claim' },
    scoped: false,
  },
  {
    code: 'customer:service',
    label: { 'zh-CN': '为任何客户登记服务（任何客户都是公司的客户）', en: 'Log service for any customer' },
    scoped: false,
  },
  {
    code: 'customer:credit',
    label: { 'zh-CN': '设定客户信用额度和评级', en: 'Set customer credit limits and ratings' },
    scoped: false,
  },
  { code: 'customer:export', label: { 'zh-CN': '导出客户', en: 'Export customers' }, scoped: false },
  { code: 'customer:import', label: { 'zh-CN': '导入客户', en: 'Import customers' }, scoped: false },
  {
    code: 'inquiry:read',
    label: { 'zh-CN': '查看客户记录表', en: 'View first-contact register' },
    scoped: true,
  },
  { code: 'inquiry:create', label: { 'zh-CN': '登记首次接洽', en: 'Record first contacts' }, scoped: false },
  { code: 'opportunity:read', label: { 'zh-CN': '查看商机', en: 'View opportunities' }, scoped: true },
  { code: 'opportunity:write', label: { 'zh-CN': '编辑商机', en: 'Edit opportunities' }, scoped: true },
]);
