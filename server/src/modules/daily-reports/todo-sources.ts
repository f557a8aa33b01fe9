import { sql } from 'drizzle-orm';
import { sqlTodoSource } from '../../platform/todo/sql-source.js';

/**
 * OPS-2/OPS-7: my daily reports the supervisor returned — until I add notes and submit them again.
 */
export const returnedReportsTodo = sqlTodoSource({
  key: 'dailyReports.returned',
  label: { 'zh-CN': '被退回的销售日报', en: 'Daily reports returned to me' },
  rank: 40,
  rows: (_db, actor) => sql`
    select r.id::text as id,
      '补充并重新提交 ' || to_char(r.day, 'YYYY-MM-DD') || ' 的销售日报' as title_zh,
      'Add notes to and resubmit the daily report of ' || to_char(r.day, 'YYYY-MM-DD') as title_en,
      u.name as subject, null::text as amount_fen, null::timestamptz as due_at, false as overdue,
      '/daily-reports/' || r.id::text as link,
      r.review_comment as detail_zh, r.review_comment as detail_en
    from daily_reports r join units u on u.id = r.unit_id
    where r.user_id = ${actor.id} and r.review_status = 'returned'`,
});
