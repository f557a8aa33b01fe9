import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../../db/client.js';
import { scopeCondition } from '../../../platform/access/scopes.js';
import { approvalParticipantCondition } from '../../../platform/approvals/visibility.js';
import type { Actor } from '../../../platform/context.js';
import { appError } from '../../../platform/errors.js';
import { units } from '../../../platform/org/tables.js';
import { isUuid } from '../../../platform/schemas.js';
import { targetSets } from '../tables.js';

/** The approval document type of a target set. */
export const TARGET_SET_DOC = 'target_set';

export type SetRow = typeof targetSets.$inferSelect;
export type UnitRow = typeof units.$inferSelect;

/**
 * ORG-5 on targets: a split belongs to a unit, not a person, so the scope is the unit's — a rep
 * (scope own) reads and writes none; a manager the units of their subtree; the director all.
 */
export function unitScope(actor: Actor, permission: 'target:read' | 'target:write', unit: AnyPgColumn | SQL) {
  return scopeCondition(actor, permission, { owner: sql`null::uuid`, unit });
}

/** PLAN-2: whoever may read the unit's targets, and whoever is asked to approve the set, reads it. */
export function setReadScope(actor: Actor): SQL {
  return or(
    unitScope(actor, 'target:read', targetSets.unitId),
    approvalParticipantCondition(actor.id, TARGET_SET_DOC, targetSets.id),
  )!;
}

/** A unit the actor may read (or write) targets of; 404 otherwise. */
export async function unitInScope(
  db: DbOrTx,
  actor: Actor,
  unitId: string,
  permission: 'target:read' | 'target:write',
): Promise<UnitRow> {
  const [row] = await db
    .select()
    .from(units)
    .where(and(eq(units.id, unitId), unitScope(actor, permission, units.id)));
  if (!row) throw appError('NOT_FOUND');
  return row;
}

/** Whether the actor may write the targets of the unit. */
export async function canWriteUnit(db: DbOrTx, actor: Actor, unitId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.id, unitId), unitScope(actor, 'target:write', units.id)));
  return row !== undefined;
}

/** A set the actor may read; 404 otherwise. */
export async function setInScope(db: DbOrTx, actor: Actor, id: string): Promise<SetRow> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await db
    .select()
    .from(targetSets)
    .where(and(eq(targetSets.id, id), setReadScope(actor)));
  if (!row) throw appError('NOT_FOUND');
  return row;
}

/**
 * PLAN-3: a set the actor may write (its unit in their target:write scope), locked for the write
 * that follows; 404 otherwise — one they may only read does not exist for writing.
 */
export async function setForUpdate(db: DbOrTx, actor: Actor, id: string): Promise<SetRow> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await db
    .select()
    .from(targetSets)
    .where(and(eq(targetSets.id, id), unitScope(actor, 'target:write', targetSets.unitId)))
    .for('update');
  if (!row) throw appError('NOT_FOUND');
  return row;
}

/** Only a draft, or a rejected set being revised, is edited. */
export function assertEditable(set: SetRow): void {
  if (set.status !== 'draft' && set.status !== 'rejected') throw appError('TARGET_SET_NOT_EDITABLE');
}
