import { sql } from 'drizzle-orm';
import { nowSql, sqlTodoSource } from '../../platform/todo/sql-source.js';
import { ANNUAL_DUE_KIND, MONTHLY_DUE_KIND } from './due-items.js';

/**
 * PLAN-4: the rep's personal plans still to be submitted (next month's, this year's, or a late
 * one), from the day the planning window opens: the open due items of the plan deadlines, with
 * the latest version's state.
 */
export const plansToSubmitTodo = sqlTodoSource({
  key: 'personalPlans.toSubmit',
  label: { 'zh-CN': '待提交销售计划', en: 'Sales plans to submit' },
  rank: 55,
  coversDueItems: { kinds: [ANNUAL_DUE_KIND, MONTHLY_DUE_KIND] },
  rows: (_db, actor, now) => sql`
    select d.id::text as id,
      '提交 ' || (d.rule ->> 'period') || case when d.kind = ${ANNUAL_DUE_KIND} then ' 年度' else ' 月' end
        || '销售计划表' as title_zh,
      'Submit the ' || case when d.kind = ${ANNUAL_DUE_KIND} then 'annual' else 'monthly' end
        || ' sales plan for ' || (d.rule ->> 'period') as title_en,
      null::text as subject, null::text as amount_fen, d.due_at,
      (d.due_at < ${nowSql(now)}) as overdue,
      '/personal-plans?period=' || (d.rule ->> 'period') as link,
      case when p.id is null then '尚未编写'
        when p.status = 'rejected' then '已驳回，请修改后重新提交'
        else '草稿 · ' || (select count(*) from personal_plan_items i where i.plan_id = p.id) || ' 项' end as detail_zh,
      case when p.id is null then 'Not started'
        when p.status = 'rejected' then 'Rejected: revise it and submit again'
        else 'Draft · ' || (select count(*) from personal_plan_items i where i.plan_id = p.id) || ' items' end as detail_en
    from due_items d
    left join lateral (select p.id, p.status from personal_plans p
      where p.rep_id = d.owner_id and p.period = (d.rule ->> 'period')
      order by p.version desc limit 1) p on true
    where d.owner_id = ${actor.id} and d.kind in (${ANNUAL_DUE_KIND}, ${MONTHLY_DUE_KIND}) and d.status = 'open'`,
});
