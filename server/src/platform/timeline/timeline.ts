import { and, eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import type { Ctx } from '../context.js';
import type { Localized } from '../i18n/lang.js';
import { listPage, newestFirst } from '../lists/list-page.js';
import { joinedUserRef } from '../org/refs.js';
import { users } from '../org/tables.js';
import { iso } from '../schemas.js';
import { timelineEvents } from './tables.js';

export interface TimelineEventInput {
  subjectType: string;
  subjectId: string;
  kind: string;
  summary: Localized;
  refType?: string;
  refId?: string;
  data?: Record<string, unknown>;
  /** Defaults to now on the business clock. */
  at?: Date;
}

/**
 * CUS-1/CUS-8: appends an event to a record's timeline in the caller's transaction. Any module
 * may add events to a customer's timeline (quotes, contracts, payments …); the caller has
 * already checked the actor may act on the record, and audits its own write.
 */
export async function addTimelineEvent(tx: Tx, ctx: Ctx, ev: TimelineEventInput): Promise<void> {
  await tx.insert(timelineEvents).values({
    subjectType: ev.subjectType,
    subjectId: ev.subjectId,
    kind: ev.kind,
    summary: ev.summary,
    refType: ev.refType ?? null,
    refId: ev.refId ?? null,
    data: ev.data ?? null,
    at: ev.at ?? ctx.clock.now(),
    actorId: ctx.actor?.id ?? null,
  });
}

/** Several events at once (e.g. for a batch of imported records), in the caller's transaction. */
export async function addTimelineEvents(tx: Tx, ctx: Ctx, events: TimelineEventInput[]): Promise<void> {
  if (events.length === 0) return;
  const at = ctx.clock.now();
  await tx.insert(timelineEvents).values(
    events.map((ev) => ({
      subjectType: ev.subjectType,
      subjectId: ev.subjectId,
      kind: ev.kind,
      summary: ev.summary,
      refType: ev.refType ?? null,
      refId: ev.refId ?? null,
      data: ev.data ?? null,
      at: ev.at ?? at,
      actorId: ctx.actor?.id ?? null,
    })),
  );
}

/** A record's timeline, newest first. The caller checks access to the record first. */
export async function listTimeline(
  db: DbOrTx,
  subject: { subjectType: string; subjectId: string },
  page: { page: number; pageSize: number; kind?: string },
) {
  return listPage({
    db,
    rows: db
      .select({
        id: timelineEvents.id,
        at: timelineEvents.at,
        kind: timelineEvents.kind,
        summary: timelineEvents.summary,
        refType: timelineEvents.refType,
        refId: timelineEvents.refId,
        data: timelineEvents.data,
        actorId: users.id,
        actorUsername: users.username,
        actorName: users.displayName,
      })
      .from(timelineEvents)
      .leftJoin(users, eq(users.id, timelineEvents.actorId))
      .$dynamic(),
    count: db.select().from(timelineEvents).$dynamic(),
    // The caller has checked access to the record; its events with it.
    scope: and(
      eq(timelineEvents.subjectType, subject.subjectType),
      eq(timelineEvents.subjectId, subject.subjectId),
    ),
    filters: [page.kind ? eq(timelineEvents.kind, page.kind) : undefined],
    sort: newestFirst(timelineEvents.at, timelineEvents.id),
    query: { page: page.page, pageSize: page.pageSize },
    toItems: (rows) =>
      rows.map((r) => ({
        id: r.id,
        at: iso(r.at),
        kind: r.kind,
        summary: r.summary as Localized,
        refType: r.refType,
        refId: r.refId,
        data: (r.data ?? null) as Record<string, unknown> | null,
        actor: joinedUserRef(r.actorId, r.actorUsername, r.actorName),
      })),
  });
}
