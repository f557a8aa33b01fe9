import { or, type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { unitSubtreeIdsSql } from '../../platform/org/tree.js';
import { contests } from './tables.js';

/** INC-9/ORG-5: the contests the actor runs — organised by someone (or in a unit) in their contest:manage scope. */
export function manageScope(actor: Actor): SQL {
  return scopeCondition(actor, 'contest:manage', { owner: contests.organizerId, unit: contests.unitId });
}

/** INC-9: contests are public once started; a draft only to those who run it. */
export function readScope(actor: Actor): SQL {
  return or(sql`${contests.status} <> 'draft'`, manageScope(actor))!;
}

/** Units the actor may enter as participants: by contest:manage's scope (all; unit and below; own unit). */
function unitAllowed(actor: Actor): SQL {
  switch (actor.permissions['contest:manage']) {
    case 'all':
      return sql`true`;
    case 'unit_tree':
      return sql`un.id in ${unitSubtreeIdsSql(actor.unitId)}`;
    case 'unit':
      return sql`un.id = ${actor.unitId}`;
    default:
      return sql`false`;
  }
}

const list = (ids: string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/**
 * ORG-5: a manager runs contests for people in their scope — each person named active and in the
 * actor's contest:manage scope, each unit within it (else 404, as a record outside scope).
 */
export async function assertParticipantsInScope(
  db: DbOrTx,
  actor: Actor,
  p: { userIds: string[]; unitIds: string[] },
): Promise<void> {
  const userIds = [...new Set(p.userIds)];
  const unitIds = [...new Set(p.unitIds)];
  if (userIds.length > 0) {
    const rows = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from users u where u.id in (${list(userIds)}) and u.status = 'active'
        and ${scopeCondition(actor, 'contest:manage', { owner: sql`u.id`, unit: sql`u.unit_id` })}`,
    );
    if (rows[0]!.n !== userIds.length) throw appError('NOT_FOUND');
  }
  if (unitIds.length > 0) {
    const rows = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from units un where un.id in (${list(unitIds)}) and ${unitAllowed(actor)}`,
    );
    if (rows[0]!.n !== unitIds.length) throw appError('NOT_FOUND');
  }
}
