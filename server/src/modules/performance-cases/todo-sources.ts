import { sql } from 'drizzle-orm';
import { nowSql, sqlTodoSource } from '../../platform/todo/sql-source.js';
import { INTERVIEW_DUE_KIND, PLAN_DUE_KIND } from './due-items.js';

const completion = sql`coalesce(c.snapshot -> 'months' -> -1 ->> 'completionPct', '—')`;
const shortfall = sql`((c.snapshot -> 'months' -> -1 ->> 'target')::bigint
  - (c.snapshot -> 'months' -> -1 ->> 'actual')::bigint)::text`;

/**
 * INC-8: the cases the actor, as the person's superior at the close, is to work — the interview
 * (约谈), the improvement plan, a review's decision to propose (again), the outcome — whose,
 * which month, the completion and how much short of the target, and by when (the step's due
 * item where it has one).
 */
export const casesToWorkTodo = sqlTodoSource({
  key: 'performance_cases.toWork',
  label: { 'zh-CN': '绩效面谈', en: 'Performance cases' },
  rank: 67,
  coversDueItems: { kinds: [INTERVIEW_DUE_KIND, PLAN_DUE_KIND] },
  rows: (_db, actor, now) => sql`
    select c.id::text as id,
      case c.status when 'interview' then '约谈 ' when 'plan' then '商定改进计划：'
        when 'review' then '提出绩效考核决定：' else '记录面谈结果：' end || p.display_name as title_zh,
      case c.status when 'interview' then 'Interview ' when 'plan' then 'Agree the improvement plan: '
        when 'review' then 'Propose the review decision: ' else 'Record the outcome: ' end || p.display_name as title_en,
      p.display_name as subject, ${shortfall} as amount_fen, d.due_at,
      coalesce(d.due_at < ${nowSql(now)}, false) as overdue,
      '/performance-cases?id=' || c.id as link,
      c.month || ' 完成率 ' || ${completion} || '%'
        || case when c.level = 'review' then '，连续 ' || c.consecutive_months || ' 个月未达标（绩效考核）' else '' end as detail_zh,
      c.month || ' completion ' || ${completion} || '%'
        || case when c.level = 'review' then ', ' || c.consecutive_months || ' months below target (performance review)' else '' end as detail_en
    from performance_cases c
    join users p on p.id = c.person_id
    left join lateral (select di.due_at from due_items di
      where di.subject_type = 'performance_case' and di.subject_id = c.id::text and di.status = 'open'
        and di.kind in (${INTERVIEW_DUE_KIND}, ${PLAN_DUE_KIND})
      order by di.due_at limit 1) d on true
    where c.superior_id = ${actor.id}
      and c.status <> 'closed'
      and not (c.status = 'review' and c.decision_status = 'pending')`,
});
