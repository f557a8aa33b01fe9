import type { Tx } from '../../db/client.js';
import type { Ctx } from '../../platform/context.js';
import type { LateArrival } from '../meetings/index.js';
import { insertViolation } from './record-violation.js';

/**
 * OPS-6/PEN-2: a late arrival the morning meeting's host recorded becomes a lateness violation
 * with the fine of its band (or, beyond the bands, the company's category with no fine), in the
 * recording transaction. The meeting is its source.
 */
export async function onLateArrival(tx: Tx, ctx: Ctx, e: LateArrival): Promise<void> {
  await insertViolation(tx, ctx, {
    personId: e.userId,
    category: 'lateness',
    occurredAt: e.startsAt,
    description: `晨会迟到 ${e.minutesLate} 分钟（${e.day}）`,
    source: 'meeting',
    sourceRef: e.meetingId,
    minutesLate: e.minutesLate,
  });
}
