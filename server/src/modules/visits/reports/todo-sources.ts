import { sql } from 'drizzle-orm';
import { companyTimeZone } from '../../../platform/deadlines/policies.js';
import { readPolicy } from '../../../platform/policies/read.js';
import { nowSql, sqlTodoSource } from '../../../platform/todo/sql-source.js';
import { VISIT_REPORT, VISIT_REPORT_KIND } from './due.js';

/**
 * VIS-5: the visit reports I have to write (or revise once returned): the customer, the visit's
 * company date and the due time — listed from the day of the visit, not only once due soon.
 */
export const reportsToWriteTodo = sqlTodoSource({
  key: 'visits.reportsToWrite',
  label: { 'zh-CN': '待写拜访报告', en: 'Visit reports to write' },
  rank: 25,
  coversDueItems: { kinds: [VISIT_REPORT_KIND] },
  rows: async (db, actor, now) => {
    const tz = await readPolicy(db, companyTimeZone, now);
    const day = sql`to_char((coalesce(v.check_out_at, v.check_in_at) at time zone ${tz}), 'YYYY-MM-DD')`;
    const due = sql`coalesce((select d.due_at from due_items d
        where d.subject_type = ${VISIT_REPORT} and d.subject_id = r.id::text
          and d.kind = ${VISIT_REPORT_KIND} and d.status = 'open'
        order by d.due_at desc limit 1), r.due_at)`;
    return sql`
      select r.id::text as id,
        case when r.status = 'returned' then '修改拜访报告：' else '填写拜访报告：' end || c.name as title_zh,
        case when r.status = 'returned' then 'Revise visit report: ' else 'Write visit report: ' end || c.name as title_en,
        c.name as subject, null::text as amount_fen, ${due} as due_at,
        (${due} < ${nowSql(now)}) as overdue,
        '/visits/' || r.visit_id::text || '/report' as link,
        case when r.status = 'returned' then '拜访日 ' || ${day} || ' · 已退回：' || left(coalesce(r.review_comment, ''), 60)
          else '拜访日 ' || ${day} end as detail_zh,
        case when r.status = 'returned' then 'visited ' || ${day} || ' · returned: ' || left(coalesce(r.review_comment, ''), 60)
          else 'visited ' || ${day} end as detail_en
      from visit_reports r
      join visits v on v.id = r.visit_id
      join customers c on c.id = v.customer_id
      where r.author_id = ${actor.id} and r.status in ('draft', 'returned')`;
  },
});
