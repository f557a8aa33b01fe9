import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { addLocalDays } from '../../platform/deadlines/calendar.js';
import { periodOrNull } from '../../platform/periods/periods.js';
import { readPolicy } from '../../platform/policies/read.js';
import type { SatisfactionRead } from '../indicators/index.js';
import { satisfiedScore } from './policies.js';

/**
 * SVC-2/PLAN-5: the satisfaction indicator — per subject and period, the surveys answered in the
 * period (by the answer's date in the company time zone) about the person (`user`) or about
 * people of the unit or a unit below it when sent (`unit`); pct = satisfied ÷ answered × 100,
 * one decimal, a survey being satisfied when its score (the answered questions' mean) reaches
 * satisfaction.satisfiedScore. One query for every subject and period asked.
 */
export const satisfactionRead: SatisfactionRead = async (db, q) => {
  const out = new Map<string, { pct: number | null; responses: number }>();
  const periods = q.periods.map((code) => ({ code, p: periodOrNull(code) })).filter((x) => x.p !== null);
  if (q.subjects.length === 0 || periods.length === 0) return out;
  const tz = await readCompanyTimeZone(db, q.at);
  const threshold10 = Math.round((await readPolicy(db, satisfiedScore, q.at)) * 10);
  const from = periods.map((x) => x.p!.from).sort()[0]!;
  const to = addLocalDays(
    periods
      .map((x) => x.p!.to)
      .sort()
      .at(-1)!,
    1,
  );
  const rows = await queryRows<{
    rep_id: string;
    unit_id: string;
    day: string;
    answered: number;
    satisfied: number;
  }>(
    db,
    sql`select rep_id, unit_id, to_char((answered_at at time zone ${tz})::date, 'YYYY-MM-DD') as day,
          count(*)::int as answered,
          count(*) filter (where score_sum * 10 >= ${threshold10}::int * score_count)::int as satisfied
        from satisfaction_surveys
        where answered_at is not null and score_count > 0
          and answered_at >= (${from}::date)::timestamp at time zone ${tz}
          and answered_at < (${to}::date)::timestamp at time zone ${tz}
        group by 1, 2, 3`,
  );
  // Each unit with the units above it: a survey of a unit counts for every unit it lies under.
  const unitSubjects = q.subjects.filter((s) => s.type === 'unit');
  const ancestors = new Map<string, string[]>();
  if (unitSubjects.length > 0) {
    const tree = await queryRows<{ id: string; parent_id: string | null }>(
      db,
      sql`select id, parent_id from units`,
    );
    const parent = new Map(tree.map((u) => [u.id, u.parent_id]));
    for (const u of tree) {
      const chain: string[] = [];
      for (let at: string | null | undefined = u.id; at && chain.length < 50; at = parent.get(at))
        chain.push(at);
      ancestors.set(u.id, chain);
    }
  }
  const tally = new Map<string, { answered: number; satisfied: number }>();
  const add = (key: string, r: { answered: number; satisfied: number }) => {
    const t = tally.get(key) ?? { answered: 0, satisfied: 0 };
    t.answered += Number(r.answered);
    t.satisfied += Number(r.satisfied);
    tally.set(key, t);
  };
  const wanted = new Set(q.subjects.map((s) => `${s.type}:${s.id}`));
  for (const r of rows) {
    for (const { code, p } of periods) {
      if (r.day < p!.from || r.day > p!.to) continue;
      if (wanted.has(`user:${r.rep_id}`)) add(`user:${r.rep_id}:${code}`, r);
      for (const u of ancestors.get(r.unit_id) ?? [])
        if (wanted.has(`unit:${u}`)) add(`unit:${u}:${code}`, r);
    }
  }
  for (const [key, t] of tally)
    out.set(key, {
      responses: t.answered,
      pct: t.answered > 0 ? Math.round((t.satisfied * 1000) / t.answered) / 10 : null,
    });
  return out;
};
