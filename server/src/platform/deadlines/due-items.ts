import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { audit } from '../audit/audit.js';
import type { Ctx } from '../context.js';
import { sortLadder } from './ladder.js';
import { dueItems } from './tables.js';

export interface Rung {
  /** Minutes relative to the due time: negative = before (a reminder), 0 = at due, positive = after. */
  offsetMinutes: number;
  /** Who is told: the owner, the owner's direct superior, or N levels above the owner. */
  notify: 'owner' | 'superior' | { levelsUp: number };
}

export interface OpenDueItem {
  kind: string;
  title: string;
  ownerId: string;
  unitId: string;
  subjectType: string;
  subjectId: string;
  dueAt: Date;
  /** How the due time was computed, kept for the record. */
  rule: unknown;
  ladder: Rung[];
}

/**
 * ORG-4: opens a due item; the scheduler's deadline job fires its escalation ladder (rungs
 * sorted by offset here, so the job can find the next one by position). Audited in the
 * caller's transaction. Build the due time with `computeDueAt` and the ladder with
 * `defaultLadder` unless the caller's rule says otherwise.
 */
export async function openDueItem(tx: Tx, ctx: Ctx, item: OpenDueItem): Promise<string> {
  const at = ctx.clock.now();
  const ladder = sortLadder(item.ladder);
  const [row] = await tx
    .insert(dueItems)
    .values({
      ...item,
      rule: item.rule ?? {},
      ladder,
      createdAt: at,
      updatedAt: at,
      createdBy: ctx.actor?.id ?? null,
    })
    .returning();
  if (!row) throw new Error('due item insert failed');
  await audit(tx, ctx, { entity: 'due_item', entityId: row.id, action: 'open', after: row });
  return row.id;
}

/** The subject event happened: every open due item on the subject closes (each closing audited). */
export async function closeDueItems(
  tx: Tx,
  ctx: Ctx,
  subject: { subjectType: string; subjectId: string; kind?: string; reason: string },
): Promise<void> {
  const at = ctx.clock.now();
  const closed = await tx
    .update(dueItems)
    .set({ status: 'closed', closedAt: at, closedReason: subject.reason, updatedAt: at })
    .where(
      and(
        eq(dueItems.subjectType, subject.subjectType),
        eq(dueItems.subjectId, subject.subjectId),
        eq(dueItems.status, 'open'),
        subject.kind ? eq(dueItems.kind, subject.kind) : undefined,
      ),
    )
    .returning({ id: dueItems.id, status: dueItems.status, closedAt: dueItems.closedAt });
  for (const row of closed) {
    await audit(tx, ctx, {
      entity: 'due_item',
      entityId: row.id,
      action: 'close',
      before: { status: 'open' },
      after: { status: row.status, closedAt: row.closedAt, reason: subject.reason },
    });
  }
}
