import { sql } from 'drizzle-orm';
import { readPolicy } from '../../platform/policies/read.js';
import { sqlTodoSource } from '../../platform/todo/sql-source.js';
import { paymentScope } from './payment-scope.js';
import { confirmOwnPayment } from './policies.js';

/**
 * AR-4: payments waiting for confirmation by whoever holds `payment:confirm` over them (finance),
 * except those the person recorded themselves unless `ar.confirmOwnPayment` allows it
 * (separation of duties), oldest receipt first.
 */
export const paymentsToConfirmTodo = sqlTodoSource({
  key: 'receivables.paymentsToConfirm',
  label: { 'zh-CN': '待确认回款', en: 'Payments to confirm' },
  rank: 20,
  rows: async (db, actor, now) => {
    const ownAllowed = await readPolicy(db, confirmOwnPayment, now);
    return sql`
      select payments.id::text as id, '确认回款 ' || payments.number as title_zh,
        'Confirm payment ' || payments.number as title_en,
        c.name as subject, payments.amount_fen::text as amount_fen, null::timestamptz as due_at,
        false as overdue, '/payments?id=' || payments.id::text as link,
        '到账日 ' || payments.received_on::text || ' · 付款人 ' || payments.payer
          || coalesce(' · 录入人 ' || recorder.display_name, '') as detail_zh,
        'received ' || payments.received_on::text || ' · payer ' || payments.payer
          || coalesce(' · recorded by ' || recorder.display_name, '') as detail_en
      from payments
      join customers c on c.id = payments.customer_id
      left join users recorder on recorder.id = payments.created_by
      where payments.status = 'pending' and ${paymentScope(actor, 'payment:confirm')}
        ${ownAllowed ? sql`` : sql`and payments.created_by is distinct from ${actor.id}`}`;
  },
});
