import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { appError, type ErrorCode, errorMessage } from '../../platform/errors.js';
import type { Localized } from '../../platform/i18n/lang.js';
import { users } from '../../platform/org/tables.js';

/**
 * The owner of a new opportunity and the unit it belongs to: the actor, or an active person
 * within the actor's opportunity:write scope (a supervisor for one of their reps).
 */
export async function resolveOwner(
  tx: Tx,
  actor: Actor,
  ownerId: string | null | undefined,
): Promise<{ id: string; unitId: string }> {
  const wanted = ownerId ?? actor.id;
  const [row] = await tx
    .select({ id: users.id, unitId: users.unitId })
    .from(users)
    .where(
      and(
        eq(users.id, wanted),
        eq(users.status, 'active'),
        wanted === actor.id
          ? undefined
          : scopeCondition(actor, 'opportunity:write', { owner: users.id, unit: users.unitId }),
      ),
    );
  if (!row)
    throw appError('OPPORTUNITY_OWNER_INVALID', { ownerId: codeMessage('OPPORTUNITY_OWNER_INVALID') });
  return row;
}

/** An error code's text in both languages, to show on the field it is about. */
export function codeMessage(code: ErrorCode): Localized {
  return { 'zh-CN': errorMessage(code, 'zh-CN'), en: errorMessage(code, 'en') };
}
