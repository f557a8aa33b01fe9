import { and, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { MINUTE_MS } from '../../platform/clock.js';
import { dateTimeText } from '../../platform/company-time.js';
import type { Ctx } from '../../platform/context.js';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import type { Lang } from '../../platform/i18n/lang.js';
import { defineNotificationEvent } from '../../platform/notifications/events.js';
import { notify } from '../../platform/notifications/notify.js';
import { notifications } from '../../platform/notifications/tables.js';
import { users } from '../../platform/org/tables.js';
import { readPolicy } from '../../platform/policies/read.js';
import { iso } from '../../platform/schemas.js';
import { lockMinutes, maxFailedLogins } from '../../platform/sessions/policies.js';
import type { TSignInNotice } from './schemas.js';

const LOCKED_EVENT = 'auth.locked';

export const accountLockedEvent = defineNotificationEvent({
  key: LOCKED_EVENT,
  label: { 'zh-CN': '我的账号因登录失败被锁定', en: 'My account was locked after failed sign-ins' },
  emailByDefault: true,
});

export type SignInUser = typeof users.$inferSelect;

/**
 * The user row, locked until the sign-in attempt commits: concurrent attempts on one account
 * are decided one after another on the current failure count (ORG-5 lock-out under load).
 */
export async function lockUserForSignIn(tx: Tx, userId: string): Promise<SignInUser | undefined> {
  const [user] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
  return user;
}

/**
 * ORG-5: a sign-in with a name nobody has is audited like a wrong password for a known one and
 * does the same kind of work (a policy read, an audited write under the audit lock), so neither
 * the answer nor its time tells which usernames exist.
 */
export async function recordUnknownSignIn(tx: Tx, ctx: Ctx, username: string, at: Date): Promise<void> {
  await readPolicy(tx, maxFailedLogins, at);
  await audit(
    tx,
    { ...ctx, actor: null },
    { entity: 'username', entityId: username, action: 'auth.login_failed', after: { known: false } },
  );
}

/**
 * ORG-5: counts a wrong password. At the policy's number of failures in a row the account is
 * locked for the policy's minutes and its owner is told when and why (in the app, and by mail
 * per their preference), so after the next sign-in they know what happened.
 * The row must be locked by lockUserForSignIn in the same transaction.
 */
export async function countFailedSignIn(tx: Tx, ctx: Ctx, user: SignInUser, at: Date): Promise<void> {
  const failures = user.failedLogins + 1;
  const max = await readPolicy(tx, maxFailedLogins, at);
  const locks = failures >= max;
  const minutes = locks ? await readPolicy(tx, lockMinutes, at) : 0;
  const lockedUntil = locks ? new Date(at.getTime() + minutes * MINUTE_MS) : null;
  await tx
    .update(users)
    .set({ failedLogins: locks ? 0 : failures, lockedUntil })
    .where(eq(users.id, user.id));
  await audit(
    tx,
    { ...ctx, actor: null },
    {
      entity: 'user',
      entityId: user.id,
      action: locks ? 'auth.locked' : 'auth.login_failed',
      before: { failedLogins: user.failedLogins },
      after: { failedLogins: locks ? 0 : failures, lockedUntil },
    },
  );
  if (!locks) return;
  const time = dateTimeText(at, await readPolicy(tx, companyTimeZone, at));
  await notify(tx, ctx, {
    userId: user.id,
    event: LOCKED_EVENT,
    title: {
      'zh-CN': `您的账号于 ${time} 因连续 ${failures} 次登录失败被锁定`,
      en: `Your account was locked at ${time} after ${failures} failed sign-in attempts`,
    },
    body: {
      'zh-CN': `账号锁定 ${minutes} 分钟后自动解锁。如果不是您本人操作，请立即修改密码并告知管理员。`,
      en: `It opened again after ${minutes} minutes. If this was not you, change your password now and tell your administrator.`,
    },
    subjectType: 'user',
    subjectId: user.id,
  });
}

/** At most this many notices ride on one sign-in answer (a long attack is still one screen). */
const NOTICES_PER_SIGN_IN = 20;

/**
 * The lock-out notices the user has not read yet, newest first: the sign-in answer carries them
 * so the web shows them at once; they come again until the user marks them read.
 */
export async function unreadLockNotices(db: DbOrTx, userId: string, lang: Lang): Promise<TSignInNotice[]> {
  const rows = await db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        eq(notifications.event, LOCKED_EVENT),
        isNull(notifications.readAt),
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(NOTICES_PER_SIGN_IN);
  return rows.map((r) => ({
    id: r.id,
    title: lang === 'en' ? r.titleEn : r.titleZh,
    body: lang === 'en' ? r.bodyEn : r.bodyZh,
    createdAt: iso(r.createdAt),
  }));
}
