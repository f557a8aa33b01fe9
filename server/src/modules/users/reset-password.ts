import { eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { users } from '../../platform/org/tables.js';
import { hashPassword } from '../../platform/sessions/passwords.js';
import { endAllSessions } from '../../platform/sessions/sessions.js';
import { getUserInScope } from './queries.js';

/** An administrator sets a new password; the user's sessions end and any lock-out is lifted. */
export async function resetPassword(ctx: Ctx, id: string, newPassword: string): Promise<void> {
  const actor = requireActor(ctx);
  const passwordHash = await hashPassword(newPassword);
  await inTx(ctx, async (tx) => {
    await getUserInScope(tx, actor, id, 'user:manage');
    const at = ctx.clock.now();
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: at, failedLogins: 0, lockedUntil: null, updatedAt: at })
      .where(eq(users.id, id));
    await endAllSessions(tx, id, at, 'password_reset');
    await audit(tx, ctx, { entity: 'user', entityId: id, action: 'user.reset_password' });
  });
}
