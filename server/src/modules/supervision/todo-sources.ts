import { sql } from 'drizzle-orm';
import { sqlTodoSource } from '../../platform/todo/sql-source.js';
import { queueSql } from './queue.js';

/** OPS-7: what waits for my review — my team's work logs, daily sales reports and visit reports. */
export const toReviewTodo = sqlTodoSource({
  key: 'supervision.toReview',
  label: { 'zh-CN': '待审阅', en: 'To review' },
  rank: 30,
  rows: (_db, actor) => sql`
    select q.kind || ':' || q.id::text as id,
      case q.kind when 'worklog' then '审阅工作日志：' when 'daily_report' then '审阅销售日报：' else '审阅拜访报告：' end
        || u.display_name || ' ' || q.day as title_zh,
      case q.kind when 'worklog' then 'Review work log: ' when 'daily_report' then 'Review daily report: ' else 'Review visit report: ' end
        || u.display_name || ' ' || q.day as title_en,
      u.display_name as subject, null::text as amount_fen, null::timestamptz as due_at, false as overdue,
      q.link, left(q.summary, 80) as detail_zh, left(q.summary, 80) as detail_en
    from (${queueSql(actor)}) q join users u on u.id = q.user_id`,
});
