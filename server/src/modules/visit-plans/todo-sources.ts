import { sql } from 'drizzle-orm';
import { nowSql, sqlTodoSource } from '../../platform/todo/sql-source.js';
import { PLAN_DUE_KIND } from './due-items.js';

/**
 * VIS-1: the rep's plan still to be submitted (next month's, or a late one), from the day the
 * planning window opens: the open due items of the plan deadline, with the plan's state.
 */
export const planToSubmitTodo = sqlTodoSource({
  key: 'visitPlans.toSubmit',
  label: { 'zh-CN': '待提交拜访计划', en: 'Visit plans to submit' },
  rank: 60,
  coversDueItems: { kinds: [PLAN_DUE_KIND] },
  rows: (_db, actor, now) => sql`
    select d.id::text as id,
      '提交 ' || (d.rule ->> 'month') || ' 拜访计划表' as title_zh,
      'Submit the visit plan for ' || (d.rule ->> 'month') as title_en,
      null::text as subject, null::text as amount_fen, d.due_at,
      (d.due_at < ${nowSql(now)}) as overdue,
      '/visit-plans?month=' || (d.rule ->> 'month') as link,
      case when p.id is null then '尚未编写'
        when p.status = 'rejected' then '已驳回，请修改后重新提交'
        else '草稿 · ' || (select count(*) from visit_plan_lines l where l.plan_id = p.id) || ' 条拜访' end as detail_zh,
      case when p.id is null then 'Not started'
        when p.status = 'rejected' then 'Rejected: revise it and submit again'
        else 'Draft · ' || (select count(*) from visit_plan_lines l where l.plan_id = p.id) || ' visits' end as detail_en
    from due_items d
    left join visit_plans p on p.rep_id = d.owner_id and p.month_on = ((d.rule ->> 'month') || '-01')::date
    where d.owner_id = ${actor.id} and d.kind = ${PLAN_DUE_KIND} and d.status = 'open'`,
});
