import { eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { hostedMeeting } from './hosted-meeting.js';
import { getMeeting } from './queries.js';
import type { TMeeting } from './schemas.js';
import { meetings } from './tables.js';

/**
 * OPS-6: the host closes the meeting — minutes, attendance and assignments are frozen from now
 * (every later write answers MEETING_CLOSED); members still unmarked stay unmarked on the record.
 */
export function closeMeeting(ctx: Ctx, id: string): Promise<TMeeting> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    await hostedMeeting(tx, ctx, id);
    const now = ctx.clock.now();
    await tx
      .update(meetings)
      .set({ status: 'closed', closedAt: now, closedBy: actor.id, updatedAt: now })
      .where(eq(meetings.id, id));
    const meeting = await getMeeting(tx, actor, id);
    await audit(tx, ctx, { entity: 'meeting', entityId: id, action: 'meeting.close', after: meeting });
    return meeting;
  });
}
