import type { Localized } from '../../platform/i18n/lang.js';
import type { SanctionKind, ViolationCategory } from './tables.js';

/** PEN-1/PEN-2: words of the categories, for notifications and exports (the web has its own in labels). */
export const categoryWords: Record<ViolationCategory, Localized> = {
  false_advertising: { 'zh-CN': '虚假宣传', en: 'False advertising' },
  kickback: { 'zh-CN': '回扣', en: 'Kickbacks' },
  leaking_customer_info: { 'zh-CN': '泄露客户信息', en: 'Leaking customer information' },
  fabricated_deal: { 'zh-CN': '虚报业绩/假单', en: 'Fabricated deals' },
  tampered_record: { 'zh-CN': '篡改记录', en: 'Tampered records' },
  competing_business: { 'zh-CN': '从事竞争业务', en: 'Competing activity' },
  refusing_customer: { 'zh-CN': '推诿客户', en: 'Refusing a customer' },
  seal_misuse: { 'zh-CN': '私自用印', en: 'Seal misuse' },
  lateness: { 'zh-CN': '迟到', en: 'Lateness' },
  absence_half_day: { 'zh-CN': '旷工半天', en: 'Half-day absence' },
  absence_day: { 'zh-CN': '旷工一天', en: 'One-day absence' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

export const sanctionWords: Record<SanctionKind, Localized> = {
  warning: { 'zh-CN': '警告', en: 'Warning' },
  fine: { 'zh-CN': '罚款', en: 'Fine' },
  demotion: { 'zh-CN': '降级', en: 'Demotion' },
  dismissal: { 'zh-CN': '辞退', en: 'Dismissal' },
};
