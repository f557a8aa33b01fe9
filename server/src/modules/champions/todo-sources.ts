import { sql } from 'drizzle-orm';
import { sqlTodoSource } from '../../platform/todo/sql-source.js';

/**
 * INC-7 (冠军可获得奖金、奖品或晋升机会): for whoever records champion rewards, the latest champions
 * (the latest month, quarter and year named) with no reward submitted or approved yet — whose, of
 * which unit and period; a draft reward keeps it here until it is submitted.
 */
export const championsToRewardTodo = sqlTodoSource({
  key: 'champions.toReward',
  label: { 'zh-CN': '待登记冠军奖励', en: 'Champion rewards to record' },
  rank: 70,
  rows: (_db, actor) =>
    actor.permissions['champion:manage'] === undefined
      ? sql`select null::text as id, null as title_zh, null as title_en, null as subject, null::text as amount_fen,
          null::timestamptz as due_at, false as overdue, null as link where false`
      : sql`
    select c.id::text as id,
      '登记冠军奖励：' || u.display_name || '（' || un.name || ' ' || c.period || '）' as title_zh,
      'Record the reward of ' || u.display_name || ' (' || un.name || ', ' || c.period || ')' as title_en,
      u.display_name as subject, null::text as amount_fen, null::timestamptz as due_at, false as overdue,
      '/champions?period=' || c.period || '&id=' || c.id as link,
      case c.period_kind when 'month' then '月度' when 'quarter' then '季度' else '年度' end || '销售冠军'
        || case c.scope when 'company' then '（全公司）' else '' end as detail_zh,
      case c.period_kind when 'month' then 'Monthly' when 'quarter' then 'Quarterly' else 'Annual' end
        || ' sales champion' || case c.scope when 'company' then ' (company)' else '' end as detail_en
    from sales_champions c join users u on u.id = c.user_id join units un on un.id = c.unit_id
    where c.period = (select max(c2.period) from sales_champions c2 where c2.period_kind = c.period_kind)
      and not exists (select 1 from champion_rewards r where r.champion_id = c.id
        and r.status in ('submitted', 'approved'))`,
});
