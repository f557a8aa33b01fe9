import { sql } from 'drizzle-orm';
import { nowSql, sqlTodoSource } from '../../platform/todo/sql-source.js';
import { SEND_DUE_KIND } from './due-items.js';

/**
 * OPS-3: the assistant's summaries to review and send — which unit, which day, how many orders
 * and missing logs, and by when (daySummary.sendBy).
 */
export const summariesToSendTodo = sqlTodoSource({
  key: 'day_summaries.toSend',
  label: { 'zh-CN': '日终汇总', en: 'End-of-day summaries' },
  rank: 35,
  coversDueItems: { kinds: [SEND_DUE_KIND] },
  rows: (_db, actor, now) => sql`
    select s.id::text as id,
      '审阅并发送日终汇总：' || n.name || ' ' || s.day as title_zh,
      'Review and send the end-of-day summary: ' || n.name || ' ' || s.day as title_en,
      n.name as subject, null::text as amount_fen, s.send_by as due_at,
      s.send_by < ${nowSql(now)} as overdue,
      '/day-summaries/' || s.id as link,
      '订单 ' || jsonb_array_length(s.content -> 'orders') || ' 个，未交日志 '
        || (select count(*) from jsonb_array_elements(s.content -> 'logs') l where (l ->> 'missing')::boolean) || ' 人' as detail_zh,
      jsonb_array_length(s.content -> 'orders') || ' orders, '
        || (select count(*) from jsonb_array_elements(s.content -> 'logs') l where (l ->> 'missing')::boolean) || ' logs missing' as detail_en
    from day_summaries s join units n on n.id = s.unit_id
    where s.assistant_id = ${actor.id} and s.status = 'assembled'`,
});
