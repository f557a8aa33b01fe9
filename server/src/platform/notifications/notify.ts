import type { Tx } from '../../db/client.js';
import type { Ctx } from '../context.js';
import type { Localized } from '../i18n/lang.js';
import { notifications } from './tables.js';

export interface Notice {
  userId: string;
  /** Event key, e.g. `approval.pending`, `deadline.overdue`, `task.assigned`; preferences are per event. */
  event: string;
  title: Localized;
  body?: Localized;
  subjectType?: string;
  subjectId?: string;
  /** Path in the web app, e.g. `/approvals?tab=pending`. */
  link?: string;
}

/**
 * Tells a user something: an in-app notification, and mail when the user's preference for
 * the event says so. Runs in the caller's transaction.
 */
export async function notify(tx: Tx, ctx: Ctx, notice: Notice): Promise<void> {
  await tx.insert(notifications).values({
    userId: notice.userId,
    event: notice.event,
    titleZh: notice.title['zh-CN'],
    titleEn: notice.title.en,
    bodyZh: notice.body?.['zh-CN'] ?? null,
    bodyEn: notice.body?.en ?? null,
    subjectType: notice.subjectType ?? null,
    subjectId: notice.subjectId ?? null,
    link: notice.link ?? null,
    createdAt: ctx.clock.now(),
  });
}
