import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { balanceOf } from '../../platform/ledger/ledger.js';
import { personSanctions, personViolations } from './queries.js';
import { FINES_ACCOUNT, personScopeSql } from './scope.js';

/**
 * PEN-4: a person's record — violations and sanctions — for themself, their superiors up the
 * chain and HR (violation:read scope); anyone else is not found (404). The net of fines is the
 * balance of their fines account.
 */
export async function disciplineRecord(db: DbOrTx, actor: Actor, userId: string | undefined) {
  const id = userId ?? actor.id;
  const [person] = await queryRows<{ id: string; username: string; displayName: string }>(
    db,
    sql`select u.id::text as id, u.username, u.display_name as "displayName" from users u
        where u.id = ${id}::uuid and (u.id = ${actor.id}::uuid or (${personScopeSql(actor, 'violation:read')}))`,
  );
  if (!person) throw appError('NOT_FOUND');
  return {
    person,
    violations: await personViolations(db, actor, id),
    sanctions: await personSanctions(db, actor, id),
    finesNetFen: (await balanceOf(db, FINES_ACCOUNT, id)).toString(),
  };
}
