import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { loadActor } from '../../platform/access/actor.js';
import { audit } from '../../platform/audit/audit.js';
import { MINUTE_MS } from '../../platform/clock.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { users } from '../../platform/org/tables.js';
import { readPolicy } from '../../platform/policies/read.js';
import { decoyHash, verifyPassword } from '../../platform/sessions/passwords.js';
import { lockMinutes, maxFailedLogins } from '../../platform/sessions/policies.js';
import { createSession } from '../../platform/sessions/sessions.js';
import { loginLog } from '../../platform/sessions/tables.js';
import { getMe } from './me.js';
import type { TMe, ZLogin } from './schemas.js';

type Outcome =
  | { ok: true; token: string; expiresAt: Date; me: TMe }
  | { ok: false; error: 'INVALID_CREDENTIALS' | 'ACCOUNT_LOCKED' };

/**
 * Signs a user in. Wrong credentials get one generic answer; after the policy number of
 * failures in a row the account is locked for the policy time. Every attempt is logged.
 */
export async function login(
  ctx: Ctx,
  input: z.output<typeof ZLogin>,
): Promise<{ token: string; expiresAt: Date; me: TMe }> {
  const username = input.username.toLowerCase();
  const at = ctx.clock.now();
  const [user] = await ctx.db.select().from(users).where(eq(users.username, username));
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyHash()), input.password);

  const outcome = await inTx(ctx, async (tx): Promise<Outcome> => {
    const log = (result: 'success' | 'bad_credentials' | 'locked' | 'disabled') =>
      tx
        .insert(loginLog)
        .values({ at, username, userId: user?.id ?? null, ip: ctx.ip, userAgent: ctx.userAgent, result });
    if (!user) {
      await log('bad_credentials');
      return { ok: false, error: 'INVALID_CREDENTIALS' };
    }
    if (user.lockedUntil && user.lockedUntil > at) {
      await log('locked');
      return { ok: false, error: 'ACCOUNT_LOCKED' };
    }
    if (!passwordOk) {
      const failures = user.failedLogins + 1;
      const max = await readPolicy(tx, maxFailedLogins, at);
      const locks = failures >= max;
      const lockedUntil = locks
        ? new Date(at.getTime() + (await readPolicy(tx, lockMinutes, at)) * MINUTE_MS)
        : null;
      await tx
        .update(users)
        .set({ failedLogins: locks ? 0 : failures, lockedUntil })
        .where(eq(users.id, user.id));
      await log('bad_credentials');
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
      return { ok: false, error: locks ? 'ACCOUNT_LOCKED' : 'INVALID_CREDENTIALS' };
    }
    if (user.status !== 'active') {
      await log('disabled');
      return { ok: false, error: 'INVALID_CREDENTIALS' };
    }
    await tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
    const session = await createSession(tx, { userId: user.id, at, ip: ctx.ip, userAgent: ctx.userAgent });
    await log('success');
    const actor = await loadActor(tx, user.id);
    if (!actor) throw new Error('active user without actor');
    await audit(tx, { ...ctx, actor }, { entity: 'session', entityId: user.id, action: 'auth.login' });
    return { ok: true, ...session, me: await getMe(tx, actor) };
  });
  if (!outcome.ok) throw appError(outcome.error);
  return outcome;
}
