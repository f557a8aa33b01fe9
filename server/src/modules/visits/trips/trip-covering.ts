import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../../db/client.js';
import { companyTimeZone } from '../../../platform/deadlines/policies.js';
import { readPolicy } from '../../../platform/policies/read.js';

/** A trip that covers a day for one person, and the day they are (or were) back. */
export interface TripCover {
  tripId: string;
  userId: string;
  departsOn: string;
  returnsOn: string;
  /** The company date of returnedAt, when the person has marked the trip returned. */
  returnedOn: string | null;
  /** The day they are back: returnedOn, else the planned returnsOn. */
  backOn: string;
}

/**
 * OPS-1/OPS-6: who of `userIds` is away on a business trip covering `day` — a trip planned or
 * under way with departsOn ≤ day ≤ returnsOn, or one marked returned on or after that day (not
 * returned before it); cancelled trips never count. One row per person (the trip back latest).
 * The meetings module exempts them from the morning meeting; the work log of such a day is due on
 * the day they are back.
 */
export async function tripCovering(
  db: DbOrTx,
  userIds: string[],
  day: string,
): Promise<Map<string, TripCover>> {
  if (userIds.length === 0) return new Map();
  const tz = await readPolicy(db, companyTimeZone, new Date(`${day}T12:00:00Z`));
  const returnedOn = sql`to_char((t.returned_at at time zone ${tz}), 'YYYY-MM-DD')`;
  const rows = await queryRows<{
    id: string;
    rep_id: string;
    departs_on: string;
    returns_on: string;
    returned_on: string | null;
  }>(
    db,
    sql`select t.id, t.rep_id, t.departs_on::text as departs_on, t.returns_on::text as returns_on,
          case when t.returned_at is null then null else ${returnedOn} end as returned_on
        from visit_trips t
        where t.rep_id in (${sql.join(
          userIds.map((u) => sql`${u}::uuid`),
          sql`, `,
        )})
          and t.departs_on <= ${day}::date and t.returns_on >= ${day}::date
          and (t.status in ('planned', 'away')
            or (t.status = 'returned' and t.returned_at is not null and ${returnedOn} >= ${day}))
        order by t.rep_id, t.returns_on desc, t.id`,
  );
  const out = new Map<string, TripCover>();
  for (const r of rows) {
    if (out.has(r.rep_id)) continue;
    out.set(r.rep_id, {
      tripId: r.id,
      userId: r.rep_id,
      departsOn: r.departs_on,
      returnsOn: r.returns_on,
      returnedOn: r.returned_on,
      backOn: r.returned_on ?? r.returns_on,
    });
  }
  return out;
}

/** OPS-6: the people of `userIds` away on a trip on `day` (a set, for exemptions). */
export async function awayDays(db: DbOrTx, userIds: string[], day: string): Promise<Set<string>> {
  return new Set((await tripCovering(db, userIds, day)).keys());
}
