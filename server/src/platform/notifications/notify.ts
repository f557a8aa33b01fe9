import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import type { Ctx } from '../context.js';
import type { Lang, Localized } from '../i18n/lang.js';
import { users } from '../org/tables.js';
import { notificationEvent } from './events.js';
import { markMailQueued } from './mail-queue.js';
import { mailOutbox, notificationPrefs, notifications } from './tables.js';

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
 * the event says so (else the event's default). Runs in the caller's transaction: the mail is
 * only queued here and sent after commit (platform/mail/send-queued.ts), so no transaction waits
 * on an SMTP server and a rolled-back write sends nothing.
 */
export async function notify(tx: Tx, ctx: Ctx, notice: Notice): Promise<void> {
  const at = ctx.clock.now();
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
    createdAt: at,
  });
  const [recipient] = await tx
    .select({ email: users.email, locale: users.locale, status: users.status, pref: notificationPrefs.email })
    .from(users)
    .leftJoin(
      notificationPrefs,
      and(eq(notificationPrefs.userId, users.id), eq(notificationPrefs.event, notice.event)),
    )
    .where(eq(users.id, notice.userId));
  if (!recipient?.email || recipient.status !== 'active') return;
  const wantsMail = recipient.pref ?? notificationEvent(notice.event)?.emailByDefault ?? false;
  if (!wantsMail) return;
  const lang: Lang = recipient.locale;
  await tx.insert(mailOutbox).values({
    toAddress: recipient.email,
    userId: notice.userId,
    subject: `[${lang === 'en' ? 'Xiaoguan' : '销管'}] ${notice.title[lang]}`,
    body: mailBody(notice, lang),
    status: 'queued',
    createdAt: at,
  });
  markMailQueued(ctx);
}

function mailBody(notice: Notice, lang: Lang): string {
  const lines = [notice.title[lang]];
  if (notice.body) lines.push('', notice.body[lang]);
  if (notice.link) lines.push('', `${lang === 'en' ? 'Open' : '查看'}: ${notice.link}`);
  lines.push(
    '',
    lang === 'en'
      ? '— Xiaoguan. Choose which events mail you under Notification settings.'
      : '—— 销管系统。可在“通知设置”中选择哪些事件发送邮件。',
  );
  return lines.join('\n');
}
