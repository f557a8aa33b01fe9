import { and, eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { users } from '../../platform/org/tables.js';
import { endAllSessions } from '../../platform/sessions/sessions.js';
import { getUserInScope } from './queries.js';
import type { TUser } from './schemas.js';

/** Disabling a user ends all their sessions at once; enabling also clears a lock-out. */
export async function setUserStatus(ctx: Ctx, id: string, status: 'active' | 'disabled'): Promise<TUser> {
  const actor = requireActor(ctx);
  if (status === 'disabled' && id === actor.id) throw appError('CANNOT_DISABLE_SELF');
  return inTx(ctx, async (tx) => {
    const before = await getUserInScope(tx, actor, id, 'user:manage');
    const at = ctx.clock.now();
    if (status === 'disabled') {
      const [report] = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.superiorId, id), eq(users.status, 'active')))
        .limit(1);
      if (report) throw appError('HAS_ACTIVE_SUBORDINATES');
      await endAllSessions(tx, id, at, 'user_disabled');
    }
    await tx
      .update(users)
      .set({ status, updatedAt: at, ...(status === 'active' ? { failedLogins: 0, lockedUntil: null } : {}) })
      .where(eq(users.id, id));
    const after = await getUserInScope(tx, actor, id, 'user:manage');
    await audit(tx, ctx, {
      entity: 'user',
      entityId: id,
      action: status === 'disabled' ? 'user.disable' : 'user.enable',
      before,
      after,
    });
    return after;
  });
}
