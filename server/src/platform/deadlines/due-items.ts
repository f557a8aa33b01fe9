import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import type { Ctx } from '../context.js';
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

/** Opens a due item; the scheduler evaluates its escalation ladder. */
export async function openDueItem(tx: Tx, ctx: Ctx, item: OpenDueItem): Promise<string> {
  const at = ctx.clock.now();
  const [row] = await tx
    .insert(dueItems)
    .values({ ...item, createdAt: at, updatedAt: at, createdBy: ctx.actor?.id ?? null })
    .returning({ id: dueItems.id });
  if (!row) throw new Error('due item insert failed');
  return row.id;
}

/** The subject event happened: every open due item on the subject closes. */
export async function closeDueItems(
  tx: Tx,
  ctx: Ctx,
  subject: { subjectType: string; subjectId: string; kind?: string; reason: string },
): Promise<void> {
  const at = ctx.clock.now();
  await tx
    .update(dueItems)
    .set({ status: 'closed', closedAt: at, closedReason: subject.reason, updatedAt: at })
    .where(
      and(
        eq(dueItems.subjectType, subject.subjectType),
        eq(dueItems.subjectId, subject.subjectId),
        eq(dueItems.status, 'open'),
        subject.kind ? eq(dueItems.kind, subject.kind) : undefined,
      ),
    );
}
