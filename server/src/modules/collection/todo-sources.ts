import { sql } from 'drizzle-orm';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import { readPolicy } from '../../platform/policies/read.js';
import { nowSql, sqlTodoSource } from '../../platform/todo/sql-source.js';
import { receivableLink } from './events.js';
import { INSTALMENT_SUBJECT, OVERDUE_KIND } from './overdue-items.js';
import { DUNNING_KIND, DUNNING_SUBJECT } from './run-dunning.js';

/** The escalation notices of the AR-8 ladder: who received one was told to act on the debt. */
const ESCALATION_EVENTS = ['receivable.escalated', 'receivable.legalReview'];

/** The company's date today minus a date column: days overdue (AR-5). */
const daysSince = (date: string, now: Date, tz: string) =>
  sql`((${nowSql(now)} at time zone ${tz})::date - ${sql.raw(date)})`;

/**
 * AR-5/AR-8: overdue instalments I own (the rep collects them), and those the escalation ladder
 * reached me about — read from the notices the ladder sent (the manager, the director, finance
 * at legal review) — while the debt is open.
 */
export const overdueInstalmentsTodo = sqlTodoSource({
  key: 'collection.overdueInstalments',
  label: { 'zh-CN': '逾期应收款', en: 'Overdue receivables' },
  rank: 30,
  coversDueItems: { kinds: [OVERDUE_KIND] },
  rows: async (db, actor, now) => {
    const tz = await readPolicy(db, companyTimeZone, now);
    const age = daysSince('i.due_date', now, tz);
    const mine = sql`d.owner_id = ${actor.id}`;
    return sql`
      select i.id::text as id,
        case when ${mine} then '催收逾期款：' else '督促逾期款：' end || c.name as title_zh,
        case when ${mine} then 'Collect overdue debt: ' else 'See overdue debt collected: ' end || c.name as title_en,
        c.name || '（' || k.number || '）' as subject,
        (i.amount_fen - i.settled_fen)::text as amount_fen, d.due_at,
        (d.due_at < ${nowSql(now)}) as overdue,
        ${receivableLink('')} || i.contract_id::text as link,
        case when ${mine} then '逾期 ' || ${age} || ' 天'
          else '负责人 ' || u.display_name || ' · 逾期 ' || ${age} || ' 天 · 已上报至您' end as detail_zh,
        case when ${mine} then ${age} || ' days overdue'
          else 'owner ' || u.display_name || ' · ' || ${age} || ' days overdue · escalated to you' end as detail_en
      from due_items d
      join instalments i on i.id::text = d.subject_id
      join contracts k on k.id = i.contract_id
      join customers c on c.id = i.customer_id
      join users u on u.id = d.owner_id
      where d.kind = ${OVERDUE_KIND} and d.subject_type = ${INSTALMENT_SUBJECT} and d.status = 'open'
        and i.settled_fen < i.amount_fen
        and (${mine} or exists (select 1 from notifications n
          where n.user_id = ${actor.id} and n.subject_type = ${INSTALMENT_SUBJECT} and n.subject_id = d.subject_id
            and n.event in (${sql.join(
              ESCALATION_EVENTS.map((e) => sql`${e}`),
              sql`, `,
            )})))`;
  },
});

/** AR-6/AR-7: the month's dunning items given to me, to contact the customer by their due time. */
export const dunningTodo = sqlTodoSource({
  key: 'collection.dunning',
  label: { 'zh-CN': '催款通知', en: 'Dunning' },
  rank: 40,
  coversDueItems: { kinds: [DUNNING_KIND] },
  rows: (_db, actor, now) => sql`
    select di.id::text as id, '催款：' || c.name as title_zh, 'Dun: ' || c.name as title_en,
      c.name || '（' || k.number || '）' as subject, di.outstanding_fen::text as amount_fen, d.due_at,
      (d.due_at < ${nowSql(now)}) as overdue,
      '/dunning?item=' || di.id::text as link,
      case when di.days_overdue > 0 then '逾期 ' || di.days_overdue || ' 天' else '到期日 ' || di.due_date::text end as detail_zh,
      case when di.days_overdue > 0 then di.days_overdue || ' days overdue' else 'due ' || di.due_date::text end as detail_en
    from due_items d
    join dunning_items di on di.id::text = d.subject_id
    join contracts k on k.id = di.contract_id
    join customers c on c.id = di.customer_id
    where d.kind = ${DUNNING_KIND} and d.subject_type = ${DUNNING_SUBJECT} and d.status = 'open'
      and d.owner_id = ${actor.id}`,
});
