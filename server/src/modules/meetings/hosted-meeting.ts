import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { hostScope } from './host-scope.js';
import { meetings } from './tables.js';

/**
 * OPS-6: an open meeting the actor hosts (meeting:host over its unit; outside it 404), locked for
 * the write; the first host to record in a meeting nobody opened becomes its host.
 */
export async function hostedMeeting(tx: Tx, ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await tx
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, id), hostScope(actor, meetings.unitId)))
    .for('update');
  if (!row) throw appError('NOT_FOUND');
  if (row.status !== 'open') throw appError('MEETING_CLOSED');
  if (!row.hostId) {
    await tx
      .update(meetings)
      .set({ hostId: actor.id, updatedAt: ctx.clock.now() })
      .where(eq(meetings.id, id));
    await audit(tx, ctx, {
      entity: 'meeting',
      entityId: id,
      action: 'meeting.host',
      after: { hostId: actor.id },
    });
    row.hostId = actor.id;
  }
  return row;
}
