import { sql } from 'drizzle-orm';
import { sqlTodoSource } from '../../platform/todo/sql-source.js';
import { unitGenerateScope } from './scope.js';

/**
 * OPS-4 (交及主管作完分析报告后上报经理): the latest monthly report of a unit, sent to the actor,
 * still without its analysis — until someone who may write it does (stat_report:generate over the
 * unit). No deadline: the regulations set none.
 */
export const reportsToAnalyseTodo = sqlTodoSource({
  key: 'statReports.toAnalyse',
  label: { 'zh-CN': '待分析的统计报表', en: 'Statistics reports to analyse' },
  rank: 75,
  rows: (_db, actor) => sql`
    select r.id::text as id,
      '分析 ' || u.name || ' ' || split_part(r.period, '-', 1) || '年'
        || ltrim(split_part(r.period, '-', 2), '0') || '月统计报表' as title_zh,
      'Analyse the ' || to_char(to_date(r.period, 'YYYY-MM'), 'FMMonth YYYY') || ' statistics report of '
        || u.name as title_en,
      u.name as subject, null::text as amount_fen, null::timestamptz as due_at, false as overdue,
      '/stat-reports/' || r.id::text as link
    from stat_reports r join units u on u.id = r.unit_id
    where r.kind = 'monthly'
      and jsonb_typeof(r.data -> 'analysis') is distinct from 'object'
      and r.period = (select max(r2.period) from stat_reports r2 where r2.kind = 'monthly' and r2.unit_id = r.unit_id)
      and exists (select 1 from notifications n
        where n.user_id = ${actor.id} and n.subject_type = 'stat_report' and n.subject_id = r.id::text)
      and ${unitGenerateScope(actor, sql`r.unit_id`)}`,
});
