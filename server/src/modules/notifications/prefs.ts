import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { notificationEvent, notificationEvents } from '../../platform/notifications/events.js';
import { notificationPrefs } from '../../platform/notifications/tables.js';
import { users } from '../../platform/org/tables.js';
import type { TNotificationPrefs, ZNotificationPrefsUpdate } from './schemas.js';

/** Every event in the catalogue with my choice (or its default). */
export async function getMyPrefs(db: DbOrTx, userId: string): Promise<TNotificationPrefs> {
  const [rows, [user]] = await Promise.all([
    db.select().from(notificationPrefs).where(eq(notificationPrefs.userId, userId)),
    db.select({ email: users.email }).from(users).where(eq(users.id, userId)),
  ]);
  const chosen = new Map(rows.map((r) => [r.event, r.email]));
  return {
    hasEmail: Boolean(user?.email),
    items: notificationEvents.map((e) => ({
      event: e.key,
      label: e.label,
      email: chosen.get(e.key) ?? e.emailByDefault,
      emailByDefault: e.emailByDefault,
    })),
  };
}

/** Saves my choices for the given events; an unknown event is refused on its field. */
export async function setMyPrefs(
  ctx: Ctx,
  input: z.output<typeof ZNotificationPrefsUpdate>,
): Promise<TNotificationPrefs> {
  const actor = requireActor(ctx);
  input.items.forEach((item, i) => {
    if (!notificationEvent(item.event)) {
      throw appError('VALIDATION_FAILED', {
        [`items.${i}.event`]: { 'zh-CN': '没有这种通知事件', en: 'No such notification event' },
      });
    }
  });
  return inTx(ctx, async (tx) => {
    const before = await getMyPrefs(tx, actor.id);
    for (const item of input.items) {
      await tx
        .insert(notificationPrefs)
        .values({ userId: actor.id, event: item.event, email: item.email })
        .onConflictDoUpdate({
          target: [notificationPrefs.userId, notificationPrefs.event],
          set: { email: item.email },
        });
    }
    const after = await getMyPrefs(tx, actor.id);
    const compact = (p: TNotificationPrefs) => Object.fromEntries(p.items.map((i) => [i.event, i.email]));
    await audit(tx, ctx, {
      entity: 'user',
      entityId: actor.id,
      action: 'notification.prefs',
      before: compact(before),
      after: compact(after),
    });
    return after;
  });
}
