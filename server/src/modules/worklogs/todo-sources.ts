import { sql } from 'drizzle-orm';
import { nowSql, sqlTodoSource } from '../../platform/todo/sql-source.js';
import { WORKLOG_DAY_SUBJECT, WORKLOG_DUE_KIND } from './due-items.js';

/**
 * OPS-1/OPS-7: the work logs I have to write (the day's item, due at worklog.dueTime or on the day
 * back from a trip) and the ones my supervisor returned to me, with the comment.
 */
export const logsToWriteTodo = sqlTodoSource({
  key: 'worklogs.toWrite',
  label: { 'zh-CN': '待写工作日志', en: 'Work logs to write' },
  rank: 20,
  coversDueItems: { kinds: [WORKLOG_DUE_KIND] },
  rows: (_db, actor, now) => sql`
    select d.id::text as id, '填写工作日志：' || (d.rule ->> 'day') as title_zh,
      'Write the work log: ' || (d.rule ->> 'day') as title_en,
      (d.rule ->> 'day') as subject, null::text as amount_fen, d.due_at,
      (d.due_at < ${nowSql(now)}) as overdue,
      '/worklogs?day=' || (d.rule ->> 'day') as link,
      null::text as detail_zh, null::text as detail_en
    from due_items d
    where d.owner_id = ${actor.id} and d.kind = ${WORKLOG_DUE_KIND}
      and d.subject_type = ${WORKLOG_DAY_SUBJECT} and d.status = 'open'
    union all
    select w.id::text, '修改退回的工作日志：' || w.day::text, 'Revise the returned work log: ' || w.day::text,
      w.day::text, null::text, w.reviewed_at, false,
      '/worklogs?day=' || w.day::text,
      '退回意见：' || left(coalesce(w.review_comment, ''), 60),
      'comment: ' || left(coalesce(w.review_comment, ''), 60)
    from work_logs w
    where w.user_id = ${actor.id} and w.review_status = 'returned'`,
});
