import { sql } from 'drizzle-orm';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { localDate } from '../../platform/deadlines/calendar.js';
import { sqlTodoSource } from '../../platform/todo/sql-source.js';
import { hostScope } from './host-scope.js';

/**
 * OPS-6: today's (company day) morning meetings the actor may host that are still open — until
 * closed. Due at the meeting's start; overdue after it.
 */
export const meetingsToHostTodo = sqlTodoSource({
  key: 'meetings.toHost',
  label: { 'zh-CN': '待主持的早会', en: 'Morning meetings to host' },
  rank: 20,
  rows: async (db, actor, now) => {
    const day = localDate(now, await readCompanyTimeZone(db, now));
    return sql`
    select m.id::text as id,
      '主持 ' || u.name || ' ' || to_char(m.day, 'YYYY-MM-DD') || ' 早会' as title_zh,
      'Host the morning meeting of ' || u.name || ' on ' || to_char(m.day, 'YYYY-MM-DD') as title_en,
      u.name as subject, null::text as amount_fen, m.starts_at as due_at,
      (m.starts_at < ${now.toISOString()}) as overdue,
      '/meetings/' || m.id::text as link
    from meetings m join units u on u.id = m.unit_id
    where m.status = 'open'
      and m.day = ${day}::date
      and (m.host_id is null or m.host_id = ${actor.id})
      and ${hostScope(actor, sql`m.unit_id`)}`;
  },
});
