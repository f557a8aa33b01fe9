import { sql } from 'drizzle-orm';
import { nowSql, sqlTodoSource } from '../../platform/todo/sql-source.js';
import { TICKET_ENTITY } from './scope.js';

/**
 * SVC-1/CUS-5: my open service tickets (new, in progress, waiting for the customer) — which,
 * for whom, and by when (the earliest open deadline: response or resolution). The tickets'
 * due items are listed here, not among the plain due items.
 */
export const openTicketsTodo = sqlTodoSource({
  key: 'service.tickets',
  label: { 'zh-CN': '服务工单', en: 'Service tickets' },
  rank: 35,
  coversDueItems: { subjectTypes: [TICKET_ENTITY] },
  rows: (_db, actor, now) => sql`
    select t.id::text as id,
      (case t.status when 'new' then '响应' else '处理' end) || '服务工单 ' || t.number || '：' || t.title as title_zh,
      (case t.status when 'new' then 'Respond to' else 'Work on' end) || ' service ticket ' || t.number || ': ' || t.title as title_en,
      c.name as subject, null::text as amount_fen, d.due_at,
      coalesce(d.due_at < ${nowSql(now)}, false) as overdue,
      '/service-tickets/' || t.id as link,
      case t.status when 'new' then '新建' when 'in_progress' then '处理中' else '等待客户' end as detail_zh,
      case t.status when 'new' then 'New' when 'in_progress' then 'In progress' else 'Waiting for customer' end as detail_en
    from service_tickets t
    join customers c on c.id = t.customer_id
    left join lateral (select min(i.due_at) as due_at from due_items i
      where i.subject_type = ${TICKET_ENTITY} and i.subject_id = t.id::text and i.status = 'open') d on true
    where t.owner_id = ${actor.id} and t.status in ('new', 'in_progress', 'waiting')`,
});
