import { and, eq } from 'drizzle-orm';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { localDate } from '../../platform/deadlines/calendar.js';
import { appError } from '../../platform/errors.js';
import { units } from '../../platform/org/tables.js';
import { hostScope } from './host-scope.js';
import { ensureMeeting } from './open-meeting.js';
import { getMeeting } from './queries.js';
import type { TMeeting } from './schemas.js';

/**
 * OPS-6: the host opens today's meeting of a unit they host (default: their own; outside their
 * meeting:host scope 404) — made now if the morning job has not made it, else the one made, the
 * host recorded on it. The job prepares
 * meetings on working days only; a host may still hold one on another day the unit works.
 */
export function openTodaysMeeting(ctx: Ctx, input: { unitId?: string | undefined }): Promise<TMeeting> {
  const actor = requireActor(ctx);
  const unitId = input.unitId ?? actor.unitId;
  return inTx(ctx, async (tx) => {
    const [unit] = await tx
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.id, unitId), hostScope(actor, units.id)));
    if (!unit) throw appError('NOT_FOUND');
    const now = ctx.clock.now();
    const day = localDate(now, await readCompanyTimeZone(tx, now));
    const { id } = await ensureMeeting(tx, ctx, { unitId: unit.id, day, hostId: actor.id });
    return getMeeting(tx, actor, id);
  });
}
