import { eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { users } from '../../platform/org/tables.js';
import { hashPassword, verifyPassword } from '../../platform/sessions/passwords.js';
import { endOtherSessions, endSession } from '../../platform/sessions/sessions.js';

export async function logout(ctx: Ctx, token: string): Promise<void> {
  const actor = requireActor(ctx);
  await inTx(ctx, async (tx) => {
    await endSession(tx, token, ctx.clock.now());
    await audit(tx, ctx, { entity: 'session', entityId: actor.id, action: 'auth.logout' });
  });
}

/**
 * Change one's own password: the current one must be right. Every other session of the user
 * ends (someone who knew the old password is signed out); the session making the change stays.
 */
export async function changeOwnPassword(
  ctx: Ctx,
  sessionToken: string,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  const actor = requireActor(ctx);
  const [user] = await ctx.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, actor.id));
  if (!user || !(await verifyPassword(user.hash, currentPassword))) {
    throw appError('PASSWORD_WRONG', {
      currentPassword: { 'zh-CN': '当前密码不正确', en: 'The current password is wrong' },
    });
  }
  const passwordHash = await hashPassword(newPassword);
  await inTx(ctx, async (tx) => {
    const at = ctx.clock.now();
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: at, updatedAt: at })
      .where(eq(users.id, actor.id));
    await endOtherSessions(tx, actor.id, sessionToken, at, 'password_changed');
    await audit(tx, ctx, { entity: 'user', entityId: actor.id, action: 'user.change_password' });
  });
}

/** The UI language is remembered per user. */
export async function setPreferences(ctx: Ctx, locale: 'zh-CN' | 'en'): Promise<void> {
  const actor = requireActor(ctx);
  await inTx(ctx, async (tx) => {
    const [before] = await tx.select({ locale: users.locale }).from(users).where(eq(users.id, actor.id));
    await tx.update(users).set({ locale, updatedAt: ctx.clock.now() }).where(eq(users.id, actor.id));
    await audit(tx, ctx, {
      entity: 'user',
      entityId: actor.id,
      action: 'user.preferences',
      before,
      after: { locale },
    });
  });
}
