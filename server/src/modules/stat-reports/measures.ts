import type { Localized } from '../../platform/i18n/lang.js';
import type { TMeasure } from './schemas.js';

/** The measures of a report in the order they are shown, with their words; amounts are fen. */
export const measures: { key: TMeasure; label: Localized; money: boolean; indicator: boolean }[] = [
  { key: 'volume', label: { 'zh-CN': '销售量', en: 'Sales volume' }, money: false, indicator: true },
  { key: 'signedAmount', label: { 'zh-CN': '签约金额', en: 'Signed amount' }, money: true, indicator: true },
  { key: 'collectedAmount', label: { 'zh-CN': '回款金额', en: 'Collected' }, money: true, indicator: true },
  { key: 'newCustomers', label: { 'zh-CN': '新增客户', en: 'New customers' }, money: false, indicator: true },
  { key: 'visits', label: { 'zh-CN': '客户拜访', en: 'Customer visits' }, money: false, indicator: false },
  { key: 'inquiries', label: { 'zh-CN': '首次接洽', en: 'First contacts' }, money: false, indicator: false },
  {
    key: 'inquiryCalls',
    label: { 'zh-CN': '咨询来电', en: 'Inquiry calls' },
    money: false,
    indicator: false,
  },
];
