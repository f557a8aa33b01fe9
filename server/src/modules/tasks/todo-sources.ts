import { sql } from 'drizzle-orm';
import { nowSql, sqlTodoSource } from '../../platform/todo/sql-source.js';
import { TASK_SUBJECT } from './subject.js';

/** ORG-4: tasks given to me still open, and tasks I gave that are done and wait for my evaluation. */
export const tasksTodo = sqlTodoSource({
  key: 'tasks.tasks',
  label: { 'zh-CN': '指令', en: 'Tasks' },
  rank: 70,
  coversDueItems: { subjectTypes: [TASK_SUBJECT] },
  rows: (_db, actor, now) => sql`
    select t.id::text as id,
      case when t.status = 'open' then '完成指令：' else '评价指令：' end || left(t.content, 60) as title_zh,
      case when t.status = 'open' then 'Carry out: ' else 'Evaluate: ' end || left(t.content, 60) as title_en,
      case when t.status = 'open' then giver.display_name else doer.display_name end as subject,
      null::text as amount_fen, t.due_at,
      (t.status = 'open' and t.due_at < ${nowSql(now)}) as overdue,
      '/tasks?id=' || t.id::text as link
    from tasks t
    join users giver on giver.id = t.assigner_id
    join users doer on doer.id = t.assignee_id
    where (t.assignee_id = ${actor.id} and t.status = 'open')
       or (t.assigner_id = ${actor.id} and t.status = 'done')`,
});

/** ORG-3: appeals addressed to me, waiting for my answer. */
export const appealsTodo = sqlTodoSource({
  key: 'tasks.appeals',
  label: { 'zh-CN': '待答复申诉', en: 'Appeals to answer' },
  rank: 80,
  rows: (_db, actor) => sql`
    select a.id::text as id, '答复申诉' as title_zh, 'Answer an appeal' as title_en,
      u.display_name as subject, null::text as amount_fen, null::timestamptz as due_at,
      false as overdue, '/appeals?box=tome&id=' || a.id::text as link,
      left(a.content, 80) as detail_zh, left(a.content, 80) as detail_en
    from appeals a
    join users u on u.id = a.appellant_id
    where a.to_user_id = ${actor.id} and a.status = 'open'`,
});
