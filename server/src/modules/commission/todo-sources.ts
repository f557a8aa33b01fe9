import { sql } from 'drizzle-orm';
import { sqlTodoSource } from '../../platform/todo/sql-source.js';

/**
 * INC-1: the person's own statements waiting for them — a draft (generated on the first working
 * day) or one sent back — to check and submit: which month, how much. Once submitted, the
 * approval flow's to-do goes to the supervisor, then the manager.
 */
export const statementsToSubmitTodo = sqlTodoSource({
  key: 'commission.toSubmit',
  label: { 'zh-CN': '待提交的提成结算单', en: 'Commission statements to submit' },
  rank: 70,
  rows: (_db, actor) => sql`
    select s.id::text as id,
      '核对并提交 ' || s.period || ' 提成结算单' as title_zh,
      'Check and submit your commission statement for ' || s.period as title_en,
      u.display_name as subject, s.commission_fen::text as amount_fen, null::timestamptz as due_at,
      false as overdue,
      '/commission/statements/' || s.id as link,
      case when s.status = 'rejected' then '已退回，请核对后重新提交' else '计提基数 ¥' || to_char(s.basis_fen::numeric / 100, 'FM999,999,999,990.00') end as detail_zh,
      case when s.status = 'rejected' then 'Sent back: check and submit again' else 'Basis ¥' || to_char(s.basis_fen::numeric / 100, 'FM999,999,999,990.00') end as detail_en
    from commission_statements s join users u on u.id = s.user_id
    where s.user_id = ${actor.id} and s.status in ('draft', 'rejected')`,
});
