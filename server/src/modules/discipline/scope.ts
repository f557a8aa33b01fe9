import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { sanctions, violations } from './tables.js';

export const VIOLATION_ENTITY = 'violation';
export const SANCTION_ENTITY = 'sanction';
/** The ledger account fines post to (PEN-2). */
export const FINES_ACCOUNT = 'fines';

export type ViolationRow = typeof violations.$inferSelect;
export type SanctionRow = typeof sanctions.$inferSelect;

/** ORG-5 on violations: the person's own, or in the reader's violation:read scope (ORG-3 up the chain). */
export const violationReadScope = (actor: Actor): SQL =>
  scopeCondition(actor, 'violation:read', { owner: violations.personId, unit: violations.unitId });

export const violationRecordScope = (actor: Actor): SQL =>
  scopeCondition(actor, 'violation:record', { owner: violations.personId, unit: violations.unitId });

export const sanctionReadScope = (actor: Actor): SQL =>
  scopeCondition(actor, 'sanction:read', { owner: sanctions.personId, unit: sanctions.unitId });

/** A violation the actor may read; another person's outside scope answers 404. */
export async function violationInScope(
  db: DbOrTx,
  actor: Actor,
  id: string,
  opts: { lock?: boolean; scope?: SQL } = {},
): Promise<ViolationRow> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const q = db
    .select()
    .from(violations)
    .where(and(eq(violations.id, id), opts.scope ?? violationReadScope(actor)));
  const [row] = opts.lock ? await q.for('update') : await q;
  if (!row) throw appError('NOT_FOUND');
  return row;
}

/** Whether a user is in the actor's scope for a permission over people (users u). */
export const personScopeSql = (
  actor: Actor,
  permission: 'violation:read' | 'violation:record' | 'sanction:propose' | 'violation:export',
) => scopeCondition(actor, permission, { owner: sql`u.id`, unit: sql`u.unit_id` });
