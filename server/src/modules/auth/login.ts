import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { loadActor } from '../../platform/access/actor.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { users } from '../../platform/org/tables.js';
import { decoyHash, verifyPassword } from '../../platform/sessions/passwords.js';
import { createSession } from '../../platform/sessions/sessions.js';
import { type LoginResult, loginLog } from '../../platform/sessions/tables.js';
import { countFailedSignIn, lockUserForSignIn, recordUnknownSignIn, unreadLockNotices } from './lock-out.js';
import { getMe } from './me.js';
import type { TSignedIn, ZLogin } from './schemas.js';

type Session = { token: string; expiresAt: Date; signedIn: TSignedIn };

/**
 * Signs a user in (ORG-5). Every failure gets one answer, 401 INVALID_CREDENTIALS: an unknown
 * username, a wrong password, a locked account (even with the right password) and a disabled
 * one, so the answer never tells which usernames exist or which accounts are locked. Every
 * path verifies one Argon2id hash (a decoy for unknown names). The login log keeps the real
 * reason. Failures are counted on the locked user row, so concurrent guesses cannot slip past
 * the policy's number of failures.
 */
export async function login(ctx: Ctx, input: z.output<typeof ZLogin>): Promise<Session> {
  const username = input.username.toLowerCase();
  const at = ctx.clock.now();
  const [known] = await ctx.db
    .select({ id: users.id, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.username, username));
  const passwordOk = await verifyPassword(known?.passwordHash ?? (await decoyHash()), input.password);

  const session = await inTx(ctx, async (tx): Promise<Session | null> => {
    const user = known && (await lockUserForSignIn(tx, known.id));
    const log = (result: LoginResult) =>
      tx
        .insert(loginLog)
        .values({ at, username, userId: user?.id ?? null, ip: ctx.ip, userAgent: ctx.userAgent, result });
    if (!user) {
      await recordUnknownSignIn(tx, ctx, username, at);
      await log('unknown_user');
      return null;
    }
    if (user.lockedUntil && user.lockedUntil > at) {
      await log('locked');
      return null;
    }
    if (!passwordOk) {
      await countFailedSignIn(tx, ctx, user, at);
      await log('bad_credentials');
      return null;
    }
    if (user.status !== 'active') {
      await log('disabled');
      return null;
    }
    await tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
    const created = await createSession(tx, { userId: user.id, at, ip: ctx.ip, userAgent: ctx.userAgent });
    await log('success');
    const actor = await loadActor(tx, user.id);
    if (!actor) throw new Error('active user without actor');
    await audit(tx, { ...ctx, actor }, { entity: 'session', entityId: user.id, action: 'auth.login' });
    const me = await getMe(tx, actor, at);
    return { ...created, signedIn: { ...me, notices: await unreadLockNotices(tx, user.id, ctx.lang) } };
  });
  if (!session) throw appError('INVALID_CREDENTIALS');
  return session;
}
