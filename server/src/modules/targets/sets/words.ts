import { type SQL, sql } from 'drizzle-orm';
import type { Lang, Localized } from '../../../platform/i18n/lang.js';
import type { TargetMetric } from '../tables.js';

/** The metrics in words, for text the server writes (待办, sheet titles); the web has its own in labels. */
export const metricWords: Record<TargetMetric, Localized> = {
  signed_amount: { 'zh-CN': '签约金额', en: 'Signed amount' },
  collected_amount: { 'zh-CN': '回款金额', en: 'Collections' },
  volume: { 'zh-CN': '销售数量', en: 'Sales volume' },
  new_customers: { 'zh-CN': '新增客户', en: 'New customers' },
};

/** A metric column in words, as SQL. */
export function metricWordsSql(column: SQL, lang: Lang): SQL {
  const cases = Object.entries(metricWords).map(([code, words]) => sql`when ${code} then ${words[lang]}`);
  return sql`(case ${column} ${sql.join(cases, sql` `)} else '' end)`;
}

/** A figure as people read it in SQL: "¥1,234.50" (fen) or "1,234" (a count), negative with a leading minus. */
export function figureSql(value: SQL, money: SQL): SQL {
  return sql`(case when ${money}
      then (case when ${value} < 0 then '-¥' else '¥' end)
        || to_char(abs(${value})::numeric / 100, 'FM999,999,999,999,990.00')
      else to_char(${value}, 'FM999,999,999,999,999,990') end)`;
}

/** A child's kind in words (the Excel sheet's type column, read back on import). */
export const kindWords: Record<'company' | 'region' | 'department' | 'team' | 'person', Localized> = {
  company: { 'zh-CN': '公司', en: 'Company' },
  region: { 'zh-CN': '大区', en: 'Region' },
  department: { 'zh-CN': '部门', en: 'Department' },
  team: { 'zh-CN': '小组', en: 'Team' },
  person: { 'zh-CN': '人员', en: 'Person' },
};

/** The rows of the target sheet below the children: their sum, the unit's own target, the gap. */
export const summaryRows = {
  sum: { 'zh-CN': '下级合计', en: 'Children total' },
  parent: { 'zh-CN': '本单位目标', en: 'Unit target' },
  gap: { 'zh-CN': '差额', en: 'Gap' },
} satisfies Record<string, Localized>;
