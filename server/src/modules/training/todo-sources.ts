import { sql } from 'drizzle-orm';
import { nowSql, sqlTodoSource } from '../../platform/todo/sql-source.js';

/** OPS-8: the trainings I am invited to that have not begun — what, when and where. */
export const upcomingTrainingTodo = sqlTodoSource({
  key: 'training.upcoming',
  label: { 'zh-CN': '待参加的培训', en: 'Trainings to attend' },
  rank: 85,
  rows: (_db, actor, now) => sql`
    select a.id::text as id,
      '参加培训：' || s.title as title_zh, 'Attend the training: ' || s.title as title_en,
      s.place as subject, null::text as amount_fen, s.starts_at as due_at, false as overdue,
      '/training/sessions/' || s.id as link
    from training_attendees a join training_sessions s on s.id = a.session_id
    where a.user_id = ${actor.id} and a.attendance = 'invited' and s.starts_at > ${nowSql(now)}`,
});
