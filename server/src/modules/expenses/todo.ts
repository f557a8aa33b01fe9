import { sql } from 'drizzle-orm';
import { sqlTodoSource } from '../../platform/todo/sql-source.js';

/**
 * EXP-3: finance's "to pay" (待付款): the claims finance approved and nobody has paid yet, with
 * the claimant and the amount; only for holders of expense:finance. (Approvals waiting for
 * someone come through the approval engine's own 待办.)
 */
export const claimsToPayTodo = sqlTodoSource({
  key: 'expenses.toPay',
  label: { 'zh-CN': '待付款报销', en: 'Claims to pay' },
  rank: 40,
  rows: (_db, actor) => sql`
    select c.id::text as id, '报销付款：' || c.number as title_zh, 'Pay claim ' || c.number as title_en,
      u.display_name as subject, c.total_fen::text as amount_fen, null::timestamptz as due_at,
      false as overdue, '/expenses/claims/' || c.id::text as link,
      null::text as detail_zh, null::text as detail_en
    from expense_claims c join users u on u.id = c.user_id
    where c.status = 'approved' and ${actor.permissions['expense:finance'] ? sql`true` : sql`false`}`,
});
