import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';

/** First contacts of one channel credited to one person and unit on one day. */
export interface InquiryFact {
  /** Who follows it up, or whoever recorded it until someone is assigned (the register's owner). */
  ownerId: string;
  unitId: string;
  /** The contact date, `YYYY-MM-DD`. */
  day: string;
  channel: string;
  count: number;
}

/**
 * OPS-4 咨询电话量: the first-contact register's entries (CUS-2) from `from` to `to` (contact
 * dates, both included), counted per owner, unit, day and channel — `phone` being the calls.
 */
export async function inquiryFacts(db: DbOrTx, q: { from: string; to: string }): Promise<InquiryFact[]> {
  const rows = await queryRows<{
    owner_id: string;
    unit_id: string;
    day: string;
    channel: string;
    n: number;
  }>(
    db,
    sql`select coalesce(i.assignee_id, i.recorded_by)::text as owner_id, i.unit_id::text as unit_id,
          to_char(i.contact_date, 'YYYY-MM-DD') as day, i.channel, count(*)::int as n
        from inquiries i
        where i.contact_date between ${q.from}::date and ${q.to}::date
        group by 1, 2, 3, 4`,
  );
  return rows.map((r) => ({
    ownerId: r.owner_id,
    unitId: r.unit_id,
    day: r.day,
    channel: r.channel,
    count: Number(r.n),
  }));
}
