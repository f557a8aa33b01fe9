import { sql } from 'drizzle-orm';
import { nowSql, sqlTodoSource } from '../../platform/todo/sql-source.js';
import { COACHING_DUE_KIND, FOLLOW_UP_KIND } from './due-items.js';

/**
 * PLAN-6: the people behind target the actor is to coach — whom, how far behind the pace, how
 * much short of it, by when (the open coaching to-dos).
 */
export const toCoachTodo = sqlTodoSource({
  key: 'coaching.toCoach',
  label: { 'zh-CN': '待辅导', en: 'To coach' },
  rank: 65,
  coversDueItems: { kinds: [COACHING_DUE_KIND] },
  rows: (_db, actor, now) => sql`
    select d.id::text as id,
      '辅导 ' || r.display_name || '：落后时间进度 ' || (d.rule ->> 'behindPts') || ' 个百分点' as title_zh,
      'Coach ' || r.display_name || ': ' || (d.rule ->> 'behindPts') || ' points behind the pace' as title_en,
      r.display_name as subject, d.rule ->> 'shortfallFen' as amount_fen, d.due_at,
      (d.due_at < ${nowSql(now)}) as overdue,
      '/coaching?rep=' || (d.rule ->> 'repId') || '&period=' || (d.rule ->> 'period') as link,
      (d.rule ->> 'period') || ' 完成率 ' || (d.rule ->> 'completionPct') || '%，时间进度 '
        || (d.rule ->> 'pacePct') || '%' as detail_zh,
      (d.rule ->> 'period') || ' completion ' || (d.rule ->> 'completionPct') || '%, pace '
        || (d.rule ->> 'pacePct') || '%' as detail_en
    from due_items d join users r on r.id::text = d.rule ->> 'repId'
    where d.owner_id = ${actor.id} and d.kind = ${COACHING_DUE_KIND} and d.status = 'open'`,
});

/** PLAN-6: the follow-ups the actor agreed in coachings, on their dates. */
export const followUpTodo = sqlTodoSource({
  key: 'coaching.followUps',
  label: { 'zh-CN': '辅导跟进', en: 'Coaching follow-ups' },
  rank: 66,
  coversDueItems: { kinds: [FOLLOW_UP_KIND] },
  rows: (_db, actor, now) => sql`
    select d.id::text as id,
      '跟进辅导：' || r.display_name as title_zh,
      'Follow up the coaching of ' || r.display_name as title_en,
      r.display_name as subject, null::text as amount_fen, d.due_at,
      (d.due_at < ${nowSql(now)}) as overdue,
      '/coaching?id=' || c.id as link,
      '约定：' || left(c.actions, 80) as detail_zh,
      'Agreed: ' || left(c.actions, 80) as detail_en
    from due_items d
    join coaching_records c on c.id::text = d.subject_id
    join users r on r.id = c.rep_id
    where d.owner_id = ${actor.id} and d.kind = ${FOLLOW_UP_KIND} and d.status = 'open'`,
});
