import { sql } from 'drizzle-orm';
import { nowSql, sqlTodoSource } from '../../../platform/todo/sql-source.js';
import { VISIT_COMMITMENT_KIND } from './due.js';

/**
 * VIS-6: the visit commitments I carry out, still open, by their deadline (one given to me as a
 * task is listed with my tasks instead).
 */
export const commitmentsToDoTodo = sqlTodoSource({
  key: 'visits.commitmentsToDo',
  label: { 'zh-CN': '拜访承诺事项', en: 'Visit commitments to carry out' },
  rank: 72,
  coversDueItems: { kinds: [VISIT_COMMITMENT_KIND] },
  rows: (_db, actor, now) => sql`
    select vc.id::text as id,
      '完成拜访承诺：' || left(vc.content, 60) as title_zh,
      'Carry out a visit commitment: ' || left(vc.content, 60) as title_en,
      c.name as subject, null::text as amount_fen, vc.due_at,
      (vc.due_at < ${nowSql(now)}) as overdue,
      '/visit-commitments?id=' || vc.id::text as link,
      '检查方式：' || left(vc.check_method, 60) as detail_zh,
      'Checked by: ' || left(vc.check_method, 60) as detail_en
    from visit_commitments vc
    join visits v on v.id = vc.visit_id
    join customers c on c.id = v.customer_id
    where vc.owner_id = ${actor.id} and vc.status = 'open' and vc.task_id is null`,
});

/** VIS-6: commitments my direct reports reported done, waiting for me to confirm them. */
export const commitmentsToConfirmTodo = sqlTodoSource({
  key: 'visits.commitmentsToConfirm',
  label: { 'zh-CN': '待确认拜访承诺', en: 'Visit commitments to confirm' },
  rank: 73,
  rows: (_db, actor) => sql`
    select vc.id::text as id,
      '确认拜访承诺：' || left(vc.content, 60) as title_zh,
      'Confirm a visit commitment: ' || left(vc.content, 60) as title_en,
      c.name || ' · ' || o.display_name as subject, null::text as amount_fen, null::timestamptz as due_at,
      false as overdue,
      '/visit-commitments?box=toConfirm&id=' || vc.id::text as link,
      '完成说明：' || left(coalesce(vc.done_note, ''), 60) as detail_zh,
      'Done: ' || left(coalesce(vc.done_note, ''), 60) as detail_en
    from visit_commitments vc
    join visits v on v.id = vc.visit_id
    join users rep on rep.id = v.rep_id
    join users o on o.id = vc.owner_id
    join customers c on c.id = v.customer_id
    where rep.superior_id = ${actor.id} and vc.status = 'done' and vc.task_id is null`,
});
