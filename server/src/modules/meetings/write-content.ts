import { eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { hostedMeeting } from './hosted-meeting.js';
import { getMeeting } from './queries.js';
import type { TMeeting } from './schemas.js';
import { meetings } from './tables.js';

/** OPS-6: the host writes the problems raised, the reps' views and the minutes while the meeting is open. */
export function writeMeetingContent(
  ctx: Ctx,
  id: string,
  input: { problems?: string | undefined; views?: string | undefined; minutes?: string | undefined },
): Promise<TMeeting> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const row = await hostedMeeting(tx, ctx, id);
    const next = {
      problems: input.problems ?? row.problems,
      views: input.views ?? row.views,
      minutes: input.minutes ?? row.minutes,
    };
    await tx
      .update(meetings)
      .set({ ...next, updatedAt: ctx.clock.now() })
      .where(eq(meetings.id, id));
    await audit(tx, ctx, {
      entity: 'meeting',
      entityId: id,
      action: 'meeting.write',
      before: { problems: row.problems, views: row.views, minutes: row.minutes },
      after: next,
    });
    return getMeeting(tx, actor, id);
  });
}
