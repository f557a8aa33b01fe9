import { and, desc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { audit } from '../audit/audit.js';
import type { Ctx } from '../context.js';
import type { PeopleRule } from '../org/resolve-people.js';
import { assertRungActions } from './kinds.js';
import { sortLadder } from './ladder.js';
import { dueItems } from './tables.js';

/**
 * Who a rung tells: a rule of the org resolver (platform/org/resolve-people.ts) relative to
 * the item's owner and unit, or the short forms 'owner', 'superior', { levelsUp }.
 */
export type RungNotify = 'owner' | 'superior' | { levelsUp: number } | PeopleRule;

export interface Rung {
  /** Minutes relative to the due time: negative = before (a reminder), 0 = at due, positive = after. */
  offsetMinutes: number;
  /** Who is told; none: the rung only runs its action. */
  notify?: RungNotify;
  /** The notification event; by default deadline.reminder / .overdue / .escalated by the offset. */
  event?: string;
  /** An action the item's kind declares (defineDueItemKind), run once when the rung fires. */
  action?: string;
  /** A name the kind's notice wording may switch on (e.g. AR-8's manager, director, legal). */
  key?: string;
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
 * `defaultLadder` unless the caller's rule says otherwise. A rung naming an action needs the
 * kind to declare it (defineDueItemKind).
 */
export async function openDueItem(tx: Tx, ctx: Ctx, item: OpenDueItem): Promise<string> {
  const at = ctx.clock.now();
  assertRungActions(item.kind, item.ladder);
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

/** Closes one open item (locked by the caller), audited: its subject no longer needs it. */
export async function closeDueItem(tx: Tx, ctx: Ctx, item: { id: string }, reason: string): Promise<void> {
  const at = ctx.clock.now();
  const [row] = await tx
    .update(dueItems)
    .set({ status: 'closed', closedAt: at, closedReason: reason, updatedAt: at })
    .where(and(eq(dueItems.id, item.id), eq(dueItems.status, 'open')))
    .returning({ id: dueItems.id, status: dueItems.status, closedAt: dueItems.closedAt });
  if (!row) return;
  await audit(tx, ctx, {
    entity: 'due_item',
    entityId: row.id,
    action: 'close',
    before: { status: 'open' },
    after: { status: row.status, closedAt: row.closedAt, reason },
  });
}

/**
 * Reopens a closed item whose subject needs it again (e.g. a payment that settled a debt was
 * reversed), audited. Rungs already fired stay fired: nobody is told the same step twice.
 */
export async function reopenDueItem(tx: Tx, ctx: Ctx, item: { id: string }, reason: string): Promise<void> {
  const at = ctx.clock.now();
  const [row] = await tx
    .update(dueItems)
    .set({ status: 'open', closedAt: null, closedReason: null, updatedAt: at })
    .where(and(eq(dueItems.id, item.id), eq(dueItems.status, 'closed')))
    .returning({ id: dueItems.id, rungsFired: dueItems.rungsFired });
  if (!row) return;
  await audit(tx, ctx, {
    entity: 'due_item',
    entityId: row.id,
    action: 'reopen',
    before: { status: 'closed' },
    after: { status: 'open', rungsFired: row.rungsFired, reason },
  });
}

/**
 * The item of a subject is open: left as it is when open, reopened when the newest one was
 * closed (its subject needs it again, e.g. a plan sent back), else opened with what `open`
 * builds (read only then). In the caller's transaction, audited.
 */
export async function ensureDueItem(
  tx: Tx,
  ctx: Ctx,
  key: { kind: string; subjectType: string; subjectId: string },
  reason: string,
  open: () => Promise<OpenDueItem>,
): Promise<'opened' | 'reopened' | 'open'> {
  const [item] = await tx
    .select({ id: dueItems.id, status: dueItems.status })
    .from(dueItems)
    .where(
      and(
        eq(dueItems.kind, key.kind),
        eq(dueItems.subjectType, key.subjectType),
        eq(dueItems.subjectId, key.subjectId),
      ),
    )
    .orderBy(desc(dueItems.createdAt))
    .limit(1);
  if (item?.status === 'open') return 'open';
  if (item) {
    await reopenDueItem(tx, ctx, item, reason);
    return 'reopened';
  }
  await openDueItem(tx, ctx, await open());
  return 'opened';
}
