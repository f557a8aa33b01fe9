import { sql } from 'drizzle-orm';
import { scopeCondition } from '../../platform/access/scopes.js';
import { nowSql, sqlTodoSource } from '../../platform/todo/sql-source.js';
import { SUMMARY_DUE_KIND, SUMMARY_MONTH_SUBJECT } from './due-items.js';

/** OPS-7: the monthly summary I have to write (its due item). */
export const summaryToWriteTodo = sqlTodoSource({
  key: 'supervision.summaryToWrite',
  label: { 'zh-CN': '待写月度总结', en: 'Monthly summary to write' },
  rank: 32,
  coversDueItems: { kinds: [SUMMARY_DUE_KIND] },
  rows: (_db, actor, now) => sql`
    select d.id::text as id, '填写月度总结：' || (d.rule ->> 'month') as title_zh,
      'Write the monthly summary: ' || (d.rule ->> 'month') as title_en,
      (d.rule ->> 'month') as subject, null::text as amount_fen, d.due_at,
      (d.due_at < ${nowSql(now)}) as overdue,
      '/month-summaries/mine?month=' || (d.rule ->> 'month') as link,
      null::text as detail_zh, null::text as detail_en
    from due_items d
    where d.owner_id = ${actor.id} and d.kind = ${SUMMARY_DUE_KIND}
      and d.subject_type = ${SUMMARY_MONTH_SUBJECT} and d.status = 'open'`,
});

/** OPS-7: the monthly summaries of my people submitted and waiting for me to read. */
export const summariesToReadTodo = sqlTodoSource({
  key: 'supervision.summariesToRead',
  label: { 'zh-CN': '待阅月度总结', en: 'Monthly summaries to read' },
  rank: 33,
  rows: (_db, actor) => sql`
    select s.id::text as id, '阅读月度总结：' || u.display_name || ' ' || s.month as title_zh,
      'Read the monthly summary: ' || u.display_name || ' ' || s.month as title_en,
      u.display_name as subject, null::text as amount_fen, null::timestamptz as due_at, false as overdue,
      '/month-summaries?id=' || s.id::text as link, null::text as detail_zh, null::text as detail_en
    from month_summaries s join users u on u.id = s.author_id
    where s.status = 'submitted' and s.author_id <> ${actor.id}
      and u.superior_id = ${actor.id}
      and ${scopeCondition(actor, 'month_summary:read', { owner: sql`s.author_id`, unit: sql`s.unit_id` })}`,
});
