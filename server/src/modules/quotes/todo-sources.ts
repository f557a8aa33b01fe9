import { type SQL, sql } from 'drizzle-orm';
import { nowSql, sqlTodoSource } from '../../platform/todo/sql-source.js';
import { ORDER_INTENT_ACK, ORDER_INTENT_SUBJECT } from './order-intent-events.js';

/** The discount in percent, as written: 12.5 for 1250 basis points. */
const percent = (bp: SQL) => sql`rtrim(rtrim((${bp} / 100.0)::numeric(8, 2)::text, '0'), '.')`;

/** Q2C-3: a quote waiting for approval shows its customer and its largest discount in 待办. */
export const quoteTodoFacts = {
  subject: (docId: SQL) =>
    sql`select c.name from quotes q join customers c on c.id = q.customer_id where q.id::text = ${docId}`,
  detail: (docId: SQL) => ({
    'zh-CN': sql`select '最大折扣 ' || ${percent(sql`q.max_discount_bp`)} || '%' from quotes q
      where q.id::text = ${docId} and q.max_discount_bp > 0`,
    en: sql`select 'largest discount ' || ${percent(sql`q.max_discount_bp`)} || '%' from quotes q
      where q.id::text = ${docId} and q.max_discount_bp > 0`,
  }),
};

/**
 * Q2C-4: order intents reported to me and not yet acknowledged, due when their due item is
 * (the acknowledgement's deadline).
 */
export const orderIntentsTodo = sqlTodoSource({
  key: 'quotes.orderIntentsToAcknowledge',
  label: { 'zh-CN': '待确认订单意向', en: 'Order intents to acknowledge' },
  rank: 60,
  coversDueItems: { kinds: [ORDER_INTENT_ACK] },
  rows: (_db, actor, now) => sql`
    select i.id::text as id, '确认订单意向：' || c.name as title_zh, 'Acknowledge order intent: ' || c.name as title_en,
      o.display_name as subject, i.expected_amount_fen::text as amount_fen, d.due_at,
      coalesce(d.due_at < ${nowSql(now)}, false) as overdue,
      '/order-intents?id=' || i.id::text as link,
      case when i.expected_order_date is not null then '预计下单 ' || i.expected_order_date::text end as detail_zh,
      case when i.expected_order_date is not null then 'expected order ' || i.expected_order_date::text end as detail_en
    from order_intents i
    join customers c on c.id = i.customer_id
    join users o on o.id = i.owner_id
    left join lateral (select due_at from due_items
      where kind = ${ORDER_INTENT_ACK} and subject_type = ${ORDER_INTENT_SUBJECT} and subject_id = i.id::text
        and status = 'open' order by due_at limit 1) d on true
    where i.acknowledged_at is null and i.supervisor_id = ${actor.id}`,
});
