import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import { loadActor } from '../../platform/access/actor.js';
import { holdersOfSql } from '../../platform/access/holders.js';
import { audit } from '../../platform/audit/audit.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { isWorkingDay, type LocalDate, localDate } from '../../platform/deadlines/calendar.js';
import { readPolicy } from '../../platform/policies/read.js';
import { buildContent } from './content.js';
import { atTimeOfDay } from './day-time.js';
import { openSendDue } from './due-items.js';
import { DAY_SUMMARY_ENTITY } from './events.js';
import { assembleTime, sendBy } from './policies.js';
import { daySummaries } from './tables.js';

/**
 * OPS-3: on a working day, once the company clock reads daySummary.assembleTime (per unit), the
 * day's summary of each unit with an assistant (an active holder of day_summary:send, the first
 * by username where a unit has several) is assembled once, and the assistant's due item to send
 * it by daySummary.sendBy opens. Earlier in the day, on other days, or when already made: nothing.
 */
export async function assembleDaySummaries(ctx: Ctx): Promise<{ assembled: number }> {
  const at = ctx.clock.now();
  const tz = await readCompanyTimeZone(ctx.db, at);
  const day = localDate(at, tz);
  if (!isWorkingDay(day)) return { assembled: 0 };
  const assistants = await queryRows<{ id: string; unit_id: string; unit_name: string }>(
    ctx.db,
    sql`select distinct on (u.unit_id) u.id, u.unit_id, n.name as unit_name
      from users u join units n on n.id = u.unit_id
      where u.status = 'active' and u.id in ${holdersOfSql('day_summary:send')}
        and not exists (select 1 from ${daySummaries} s where s.unit_id = u.unit_id and s.day = ${day})
      order by u.unit_id, u.username`,
  );
  let assembled = 0;
  for (const a of assistants) {
    const from = atTimeOfDay(day, await readPolicy(ctx.db, assembleTime, at, a.unit_id), tz);
    if (at < from) continue;
    if (await assembleDaySummary(ctx, { assistantId: a.id, unitId: a.unit_id, unitName: a.unit_name, day })) {
      assembled++;
    }
  }
  return { assembled };
}

/**
 * OPS-3: one unit's summary of one day for its assistant, with the assistant's due item to send
 * it by daySummary.sendBy on that day; null when it exists already. Its own transaction.
 */
export async function assembleDaySummary(
  ctx: Ctx,
  a: { assistantId: string; unitId: string; unitName: string; day: LocalDate },
): Promise<string | null> {
  const at = ctx.clock.now();
  return inTx(ctx, async (tx) => {
    const assistant = await loadActor(tx, a.assistantId);
    if (!assistant) return null;
    const tz = await readCompanyTimeZone(tx, at);
    const due = atTimeOfDay(a.day, await readPolicy(tx, sendBy, at, a.unitId), tz);
    const [row] = await tx
      .insert(daySummaries)
      .values({
        unitId: a.unitId,
        day: a.day,
        assistantId: a.assistantId,
        content: await buildContent(tx, assistant, a.day, tz),
        assembledAt: at,
        sendBy: due,
        createdAt: at,
        updatedAt: at,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) return null;
    await openSendDue(tx, ctx, { id: row.id, ...a, sendBy: due });
    await audit(tx, ctx, {
      entity: DAY_SUMMARY_ENTITY,
      entityId: row.id,
      action: 'daySummary.assemble',
      after: {
        unitId: row.unitId,
        day: a.day,
        assistantId: a.assistantId,
        orders: row.content.orders.length,
      },
    });
    return row.id;
  });
}
