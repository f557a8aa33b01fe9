import type { Localized } from '../../platform/i18n/lang.js';
import type { TCustomerSource, TCustomerType } from './schemas.js';

/** CUS-3: customer types as exports, imports and notices name them (the web has its own i18n keys, same words). */
export const customerTypeLabels: Record<TCustomerType, Localized> = {
  existing: { 'zh-CN': '现有客户', en: 'Existing' },
  target: { 'zh-CN': '目标客户', en: 'Target' },
  potential: { 'zh-CN': '潜在客户', en: 'Potential' },
  peer: { 'zh-CN': '同行', en: 'Peer' },
  distributor: { 'zh-CN': '经销商', en: 'Distributor' },
  agent: { 'zh-CN': '代理商', en: 'Agent' },
};

/** CUS-4: where a customer came from. */
export const customerSourceLabels: Record<TCustomerSource, Localized> = {
  phone: { 'zh-CN': '电话', en: 'Phone' },
  web: { 'zh-CN': '网络', en: 'Web' },
  visit: { 'zh-CN': '拜访', en: 'Visit' },
  exhibition: { 'zh-CN': '展会', en: 'Exhibition' },
  referral: { 'zh-CN': '转介绍', en: 'Referral' },
  inquiry: { 'zh-CN': '来访登记', en: 'Walk-in register' },
  other: { 'zh-CN': '其他', en: 'Other' },
};
