import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import type { LocalDate } from '../../platform/deadlines/calendar.js';
import { visits, visitTrips } from '../visits/index.js';

export type Exemption = 'trip' | 'visit';

/**
 * OPS-6: who of these people is away from the morning meeting, and why — exempt, never late.
 * On a trip: a recorded business trip (not cancelled) whose dates cover the day and from which
 * the person had not returned by the meeting's start. On a visit: a visit of that day (planned
 * for it and not cancelled), or one checked in that day before the meeting's start.
 * A trip wins over a visit.
 */
export async function awayOf(
  db: DbOrTx,
  q: { userIds: readonly string[]; day: LocalDate; startsAt: Date; dayStart: Date },
): Promise<Map<string, Exemption>> {
  const out = new Map<string, Exemption>();
  if (q.userIds.length === 0) return out;
  const ids = sql.join(
    q.userIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const starts = q.startsAt.toISOString();
  const rows = await queryRows<{ user_id: string; why: Exemption }>(
    db,
    sql`select t.rep_id::text as user_id, 'trip' as why from ${visitTrips} t
          where t.rep_id in (${ids}) and t.status <> 'cancelled'
            and t.departs_on <= ${q.day}::date and t.returns_on >= ${q.day}::date
            and (t.returned_at is null or t.returned_at > ${starts})
        union all
        select v.rep_id::text, 'visit' from ${visits} v
          where v.rep_id in (${ids}) and v.status <> 'cancelled'
            and (v.planned_on = ${q.day}::date
              or (v.check_in_at >= ${q.dayStart.toISOString()} and v.check_in_at < ${starts}))`,
  );
  for (const r of rows) if (out.get(r.user_id) !== 'trip') out.set(r.user_id, r.why);
  return out;
}
