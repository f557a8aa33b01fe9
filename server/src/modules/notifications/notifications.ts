import { and, count, eq, isNull, type Placeholder, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { HOT } from '../../db/named-statements.js';
import { statementOfShape } from '../../platform/access/statement-shapes.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import type { Lang } from '../../platform/i18n/lang.js';
import { listPage } from '../../platform/lists/list-page.js';
import { notifications } from '../../platform/notifications/tables.js';
import { iso, isoOrNull } from '../../platform/schemas.js';
import type { TNotification, ZNotificationListQuery } from './schemas.js';

type Row = typeof notifications.$inferSelect;

function toNotification(row: Row, lang: Lang): TNotification {
  return {
    id: row.id,
    event: row.event,
    title: lang === 'en' ? row.titleEn : row.titleZh,
    body: lang === 'en' ? row.bodyEn : row.bodyZh,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    link: row.link,
    createdAt: iso(row.createdAt),
    readAt: isoOrNull(row.readAt),
  };
}

export async function countUnread(db: DbOrTx, userId: string): Promise<number> {
  // Built once per database handle with the user as a placeholder (ADR 37).
  const statement = statementOfShape(db, 'unread-count', () =>
    unreadCountQuery(db, sql.placeholder('userId')).prepare(HOT),
  );
  const [row] = await statement.execute({ userId });
  return Number(row?.n ?? 0);
}

/** The query behind countUnread, to be read with other counts in one statement. */
export function unreadCountQuery(db: DbOrTx, userId: string | Placeholder) {
  return db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
}

/** My notifications, newest first, paged in SQL; only ever the signed-in user's own. */
export async function listMyNotifications(ctx: Ctx, query: z.output<typeof ZNotificationListQuery>) {
  const actor = requireActor(ctx);
  const [page, unread] = await Promise.all([
    listPage({
      db: ctx.db,
      rows: ctx.db.select().from(notifications).$dynamic(),
      count: ctx.db.select().from(notifications).$dynamic(),
      scope: eq(notifications.userId, actor.id),
      filters: [query.unread === 'true' ? isNull(notifications.readAt) : undefined],
      sort: {
        keys: { createdAt: notifications.createdAt },
        default: 'createdAt',
        tieBreaker: notifications.id,
      },
      query: { page: query.page, pageSize: query.pageSize, order: query.order },
      toItems: (rows) => rows.map((r) => toNotification(r, ctx.lang)),
    }),
    countUnread(ctx.db, actor.id),
  ]);
  return { ...page, unread };
}

/** Marks one of my notifications read; someone else's answers 404. */
export async function markRead(ctx: Ctx, id: string): Promise<TNotification> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const [row] = await tx
      .select()
      .from(notifications)
      .where(and(eq(notifications.id, id), eq(notifications.userId, actor.id)));
    if (!row) throw appError('NOT_FOUND');
    if (row.readAt) return toNotification(row, ctx.lang);
    const [updated] = await tx
      .update(notifications)
      .set({ readAt: ctx.clock.now() })
      .where(eq(notifications.id, id))
      .returning();
    if (!updated) throw appError('NOT_FOUND');
    await audit(tx, ctx, {
      entity: 'notification',
      entityId: id,
      action: 'notification.read',
      after: { readAt: updated.readAt },
    });
    return toNotification(updated, ctx.lang);
  });
}

/** Marks all my unread notifications read. */
export async function markAllRead(ctx: Ctx): Promise<{ marked: number }> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const marked = await tx
      .update(notifications)
      .set({ readAt: ctx.clock.now() })
      .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    await audit(tx, ctx, {
      entity: 'user',
      entityId: actor.id,
      action: 'notification.read-all',
      after: { marked: marked.length },
    });
    return { marked: marked.length };
  });
}
