import type { Localized } from '../../../platform/i18n/lang.js';
import type { ImportColumn } from '../../../platform/imports/columns.js';
import { customerSourceLabels, customerTypeLabels } from '../labels.js';
import { customerSources, customerTypes } from '../tables.js';

type CustomerType = (typeof customerTypes)[number];
type CustomerSource = (typeof customerSources)[number];

export { customerSourceLabels, customerTypeLabels };

/** More names people use for the same kind or source. */
const typeAliases: Record<string, CustomerType> = {
  同行业: 'peer',
  老客户: 'existing',
  代理: 'agent',
  经销: 'distributor',
};
const sourceAliases: Record<string, CustomerSource> = {
  网站: 'web',
  网上: 'web',
  介绍: 'referral',
  推荐: 'referral',
  来电: 'phone',
  客户记录表: 'inquiry',
  来电来访登记: 'inquiry',
  register: 'inquiry',
};

function lookup<K extends string>(labels: Record<K, Localized>, aliases: Record<string, K>) {
  const map = new Map<string, K>();
  for (const [key, label] of Object.entries(labels) as [K, Localized][]) {
    map.set(key.toLowerCase(), key);
    map.set(label['zh-CN'], key);
    map.set(label.en.toLowerCase(), key);
  }
  for (const [alias, key] of Object.entries(aliases)) map.set(alias, key);
  return (text: string): K | undefined => map.get(text.normalize('NFKC').trim().toLowerCase());
}

export const customerTypeFrom = lookup(customerTypeLabels, typeAliases);
export const customerSourceFrom = lookup(customerSourceLabels, sourceAliases);

const importedSources = customerSources.filter((s) => s !== 'inquiry');

const listOf = (labels: Record<string, Localized>, keys: readonly string[]): Localized => ({
  'zh-CN': keys.map((k) => labels[k]?.['zh-CN']).join('、'),
  en: keys.map((k) => labels[k]?.en).join(', '),
});
export const typeChoices = listOf(customerTypeLabels, customerTypes);
export const sourceChoices = listOf(customerSourceLabels, importedSources);

/** The columns of the customer import file (and its template), in template order. */
export const customerImportColumns: ImportColumn[] = [
  {
    key: 'name',
    header: { 'zh-CN': '名称', en: 'Name' },
    required: true,
    aliases: ['客户名称', '公司名称', '单位名称', 'customer name', 'company name', 'company'],
    hint: { 'zh-CN': '客户全称，必填', en: 'Full name of the customer; required' },
    width: 30,
  },
  {
    key: 'creditCode',
    header: { 'zh-CN': '统一社会信用代码', en: 'Unified social credit code' },
    aliases: ['信用代码', '社会信用代码', 'credit code', 'uscc'],
    hint: { 'zh-CN': '18 位，校验位须正确；可不填', en: '18 characters with a valid check digit; optional' },
    width: 22,
  },
  { key: 'industry', header: { 'zh-CN': '行业', en: 'Industry' }, width: 12 },
  {
    key: 'type',
    header: { 'zh-CN': '类型', en: 'Type' },
    aliases: ['客户类型', 'customer type'],
    hint: {
      'zh-CN': `${typeChoices['zh-CN']}；不填为潜在客户`,
      en: `${typeChoices.en}; blank = Potential`,
    },
    width: 12,
  },
  {
    key: 'level',
    header: { 'zh-CN': '等级', en: 'Level' },
    required: true,
    aliases: ['客户等级', 'customer level'],
    width: 8,
  },
  {
    key: 'source',
    header: { 'zh-CN': '来源', en: 'Source' },
    aliases: ['客户来源', 'customer source'],
    hint: { 'zh-CN': `${sourceChoices['zh-CN']}；不填为其他`, en: `${sourceChoices.en}; blank = Other` },
    width: 10,
  },
  {
    key: 'phone',
    header: { 'zh-CN': '电话', en: 'Phone' },
    aliases: ['公司电话', 'telephone', 'tel'],
    width: 16,
  },
  { key: 'address', header: { 'zh-CN': '地址', en: 'Address' }, width: 30 },
  { key: 'website', header: { 'zh-CN': '网站', en: 'Website' }, width: 20 },
  {
    key: 'creditLimit',
    header: { 'zh-CN': '信用额度(元)', en: 'Credit limit (yuan)' },
    aliases: ['信用额度', 'credit limit'],
    hint: {
      'zh-CN': '以元为单位，最多两位小数，如 50000 或 12,345.60',
      en: 'In yuan, at most two decimals, e.g. 50000 or 12,345.60',
    },
    width: 14,
  },
  { key: 'creditRating', header: { 'zh-CN': '信用等级', en: 'Credit rating' }, width: 10 },
  {
    key: 'tags',
    header: { 'zh-CN': '标签', en: 'Tags' },
    hint: { 'zh-CN': '多个标签用逗号或顿号分隔', en: 'Separate several tags with commas' },
    width: 16,
  },
  { key: 'contactName', header: { 'zh-CN': '联系人', en: 'Contact' }, aliases: ['contact name'], width: 10 },
  {
    key: 'contactPhone',
    header: { 'zh-CN': '联系人电话', en: 'Contact phone' },
    aliases: ['联系电话', '手机', 'mobile'],
    hint: { 'zh-CN': '多个号码用逗号分隔', en: 'Separate several numbers with commas' },
    width: 16,
  },
  {
    key: 'contactTitle',
    header: { 'zh-CN': '联系人职务', en: 'Contact title' },
    aliases: ['职务'],
    width: 12,
  },
  {
    key: 'contactEmail',
    header: { 'zh-CN': '联系人邮箱', en: 'Contact email' },
    aliases: ['邮箱', 'email', 'e-mail'],
    width: 20,
  },
  {
    key: 'owner',
    header: { 'zh-CN': '负责人(用户名)', en: 'Owner (username)' },
    aliases: ['负责人', 'owner', '负责人用户名'],
    hint: {
      'zh-CN': '系统用户名（如 rep01），须是您可以分配的人；不填为导入时选择的负责人',
      en: 'A username (e.g. rep01) you may assign customers to; blank = the owner chosen at upload',
    },
    width: 14,
  },
];
