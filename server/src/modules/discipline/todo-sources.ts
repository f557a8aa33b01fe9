import { sql } from 'drizzle-orm';
import { sqlTodoSource } from '../../platform/todo/sql-source.js';

const categoryZh = sql`case v.category when 'lateness' then '迟到' when 'refusing_customer' then '推诿客户'
  when 'seal_misuse' then '私自用印' when 'false_advertising' then '虚假宣传' when 'kickback' then '回扣'
  when 'leaking_customer_info' then '泄露客户信息' when 'fabricated_deal' then '虚报业绩/假单'
  when 'tampered_record' then '篡改记录' when 'competing_business' then '从事竞争业务'
  when 'absence_half_day' then '旷工半天' when 'absence_day' then '旷工一天' else '其他' end`;
const categoryEn = sql`case v.category when 'lateness' then 'lateness' when 'refusing_customer' then 'refusing a customer'
  when 'seal_misuse' then 'seal misuse' when 'false_advertising' then 'false advertising' when 'kickback' then 'kickbacks'
  when 'leaking_customer_info' then 'leaking customer information' when 'fabricated_deal' then 'fabricated deals'
  when 'tampered_record' then 'tampered records' when 'competing_business' then 'competing activity'
  when 'absence_half_day' then 'half-day absence' when 'absence_day' then 'one-day absence' else 'other' end`;

/** ORG-3: appeals made to the actor, to uphold or cancel — whose, which violation, the fine, the reason. */
export const appealsTodo = sqlTodoSource({
  key: 'discipline.appeals',
  label: { 'zh-CN': '违规申诉', en: 'Violation appeals' },
  rank: 68,
  rows: (_db, actor) => sql`
    select v.id::text as id,
      '处理申诉：' || p.display_name || '（' || ${categoryZh} || '）' as title_zh,
      'Decide the appeal: ' || p.display_name || ' (' || ${categoryEn} || ')' as title_en,
      p.display_name as subject, (v.fine_fen + v.harm_fine_fen)::text as amount_fen,
      null::timestamptz as due_at, false as overdue,
      '/discipline?id=' || v.id as link,
      left(v.appeal_reason, 80) as detail_zh, left(v.appeal_reason, 80) as detail_en
    from violations v join users p on p.id = v.person_id
    where v.status = 'appealed' and v.appeal_to_id = ${actor.id}`,
});

/**
 * CUS-5 (3次辞退): a refusal that reached the dismissal count is a dismissal for the person's
 * direct superior to decide — until a dismissal is proposed for the person after it.
 */
export const dismissalTodo = sqlTodoSource({
  key: 'discipline.dismissal',
  label: { 'zh-CN': '辞退待决定', en: 'Dismissal to decide' },
  rank: 69,
  rows: (_db, actor) => sql`
    select v.id::text as id,
      '决定是否辞退：' || p.display_name || '（第 ' || v.repeat_count || ' 次推诿客户）' as title_zh,
      'Decide on dismissal: ' || p.display_name || ' (' || v.repeat_count || ' refusals of customers)' as title_en,
      p.display_name as subject, null::text as amount_fen, null::timestamptz as due_at, false as overdue,
      '/sanctions?propose=' || p.id || '&violation=' || v.id as link
    from violations v join users p on p.id = v.person_id
    where v.dismissal_flag and v.status <> 'cancelled' and p.superior_id = ${actor.id}
      and not exists (select 1 from sanctions s where s.person_id = v.person_id and s.kind = 'dismissal'
        and s.created_at >= v.created_at)`,
});
