import { sql } from 'drizzle-orm';
import { nowSql, sqlTodoSource } from '../../platform/todo/sql-source.js';
import { poolClockStartSql, poolDaysSql, poolRulesFor, poolWarningDueSql } from './pool/pool-clock.js';

/**
 * CUS-8 (pool rules `customer.poolDaysByLevel`, `customer.poolWarningDays`): my customers whose
 * return to the pool for lack of follow-up is within the warning days — due when they return,
 * overdue once that moment has passed (the next sweep returns them). The rules in force for my
 * unit (a region may override them, ORG-7).
 */
export const poolWarningsTodo = sqlTodoSource({
  key: 'customers.poolWarnings',
  label: { 'zh-CN': '即将退回公海的客户', en: 'Customers about to return to the pool' },
  rank: 50,
  rows: async (db, actor, now) => {
    const rules = await poolRulesFor(db, now, actor.unitId);
    const returnAt = sql`(${poolClockStartSql('c')} + ${poolDaysSql(sql`c.level`, rules.daysByLevel)} * interval '24 hours')`;
    return sql`
      select c.id::text as id, '跟进客户：' || c.name as title_zh, 'Follow up: ' || c.name as title_en,
        c.name as subject, null::text as amount_fen, ${returnAt} as due_at,
        (${returnAt} <= ${nowSql(now)}) as overdue,
        '/customers/' || c.id::text as link,
        '长期未跟进，到期将退回公海' as detail_zh,
        'No follow-up for long: it returns to the pool when due' as detail_en
      from customers c
      where c.owner_id = ${actor.id} and ${poolWarningDueSql('c', rules, now)}`;
  },
});
