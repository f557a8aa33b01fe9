import { sql } from 'drizzle-orm';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import { readPolicy } from '../../platform/policies/read.js';
import { nowSql, sqlTodoSource } from '../../platform/todo/sql-source.js';
import { purposeWords } from './visit-words.js';

const purposeCase = (lang: 'zh-CN' | 'en') =>
  sql`case v.purpose ${sql.join(
    Object.entries(purposeWords).map(([code, words]) => sql`when ${code} then ${words[lang]}`),
    sql` `,
  )} end`;

/**
 * VIS-4: the visits I am to make — planned or prepared for today or a day gone by, and those
 * under way (to check out). Due by the end of the planned day (company time); a day gone by is
 * overdue. Cancelling or making the visit takes it off.
 */
export const visitsToMakeTodo = sqlTodoSource({
  key: 'visits.toMake',
  label: { 'zh-CN': '待完成的拜访', en: 'Visits to make' },
  rank: 25,
  rows: async (db, actor, now) => {
    const tz = await readPolicy(db, companyTimeZone, now);
    const today = sql`(${nowSql(now)} at time zone ${tz})::date`;
    const dueAt = sql`(((v.planned_on + 1)::timestamp at time zone ${tz}) - interval '1 millisecond')`;
    return sql`
      select v.id::text as id,
        case when v.status = 'in_progress' then '拜访签退：' else '拜访客户：' end || c.name as title_zh,
        case when v.status = 'in_progress' then 'Check out of a visit: ' else 'Visit a customer: ' end || c.name as title_en,
        c.name as subject, null::text as amount_fen, ${dueAt} as due_at,
        (${dueAt} < ${nowSql(now)}) as overdue,
        '/visits/' || v.id::text as link,
        ${purposeCase('zh-CN')} || ' · 预定 ' || round(v.planned_minutes / 60.0, 1)::text || ' 小时' as detail_zh,
        ${purposeCase('en')} || ' · ' || round(v.planned_minutes / 60.0, 1)::text || ' h planned' as detail_en
      from visits v
      join customers c on c.id = v.customer_id
      where v.rep_id = ${actor.id}
        and (v.status = 'in_progress' or (v.status in ('planned', 'prepared') and v.planned_on <= ${today}))`;
  },
});
