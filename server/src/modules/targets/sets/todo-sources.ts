import { sql } from 'drizzle-orm';
import { sqlTodoSource } from '../../../platform/todo/sql-source.js';
import { metricWordsSql } from './words.js';

/**
 * PLAN-2/PLAN-3: a split the actor started and has not yet submitted — a draft, or one rejected
 * and back with them to revise — until it goes for approval. The approver's side is the
 * approval flow's pending step.
 */
export const targetSetsToSubmitTodo = sqlTodoSource({
  key: 'targets.setsToSubmit',
  label: { 'zh-CN': '待提交目标分解', en: 'Target splits to submit' },
  rank: 62,
  rows: (_db, actor) => sql`
    select s.id::text as id,
      '提交 ' || u.name || ' ' || s.year || ' 年' || ${metricWordsSql(sql`s.metric`, 'zh-CN')} || '目标分解' as title_zh,
      'Submit the ' || s.year || ' ' || lower(${metricWordsSql(sql`s.metric`, 'en')}) || ' split of ' || u.name as title_en,
      u.name as subject, null::text as amount_fen, null::timestamptz as due_at, false as overdue,
      '/targets/sets/' || s.id::text as link,
      case when s.status = 'rejected' then '已驳回，请修改后重新提交' else '草稿 · 第 ' || s.version || ' 版' end as detail_zh,
      case when s.status = 'rejected' then 'Rejected: revise it and submit again' else 'Draft · version ' || s.version end as detail_en
    from target_sets s join units u on u.id = s.unit_id
    where s.created_by = ${actor.id} and s.status in ('draft', 'rejected')`,
});
