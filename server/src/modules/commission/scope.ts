import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { commissionStatements } from './tables.js';

export type StatementRow = typeof commissionStatements.$inferSelect;

/** INC-1/ORG-5: statements are read in commission:read's scope over the person (a rep their own). */
export function statementReadScope(actor: Actor): SQL {
  return scopeCondition(actor, 'commission:read', {
    owner: commissionStatements.userId,
    unit: commissionStatements.unitId,
  });
}

/** A statement the actor may read, locked for the change (404 outside scope). */
export async function statementForUpdate(db: DbOrTx, actor: Actor, id: string): Promise<StatementRow> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const rows = await db
    .select()
    .from(commissionStatements)
    .where(sql`${commissionStatements.id} = ${id} and ${statementReadScope(actor)}`)
    .for('update');
  if (!rows[0]) throw appError('NOT_FOUND');
  return rows[0];
}

export interface Earner {
  id: string;
  unitId: string;
  roleCodes: string[];
}

/**
 * INC-1: the active people commission statements are made for — in the actor's
 * commission:generate scope (everyone for the monthly job) — with their role codes.
 */
export async function earnersInScope(db: DbOrTx, actor: Actor | null, userIds?: string[]): Promise<Earner[]> {
  const scope = actor
    ? scopeCondition(actor, 'commission:generate', { owner: sql`u.id`, unit: sql`u.unit_id` })
    : sql`true`;
  const rows = await queryRows<{ id: string; unit_id: string; codes: string[] }>(
    db,
    sql`select u.id::text as id, u.unit_id::text as unit_id, array_agg(r.code order by r.code) as codes
        from users u join user_roles ur on ur.user_id = u.id join roles r on r.id = ur.role_id
        where u.status = 'active' and ${scope}
          ${
            userIds
              ? sql`and u.id::text in (${sql.join(
                  userIds.map((i) => sql`${i}`),
                  sql`, `,
                )})`
              : sql``
          }
        group by u.id, u.unit_id
        order by u.id`,
  );
  return rows.map((r) => ({ id: r.id, unitId: r.unit_id, roleCodes: r.codes }));
}
