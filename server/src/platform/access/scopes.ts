import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Permission } from '../../modules/permission-codes.js';
import type { Actor } from '../context.js';
import { appError } from '../errors.js';
import { subordinateIdsSql, unitSubtreeIdsSql } from '../org/tree.js';

/**
 * ORG-5 data scopes, narrowest first: own · own and subordinates (everyone below in the
 * superior chain) · own unit (department) · unit and below · all.
 */
export const scopes = ['own', 'subordinates', 'unit', 'unit_tree', 'all'] as const;
export type Scope = (typeof scopes)[number];

export function widerScope(a: Scope, b: Scope): Scope {
  return scopes.indexOf(a) >= scopes.indexOf(b) ? a : b;
}

export interface ScopedColumns {
  /** The user a record belongs to (its owner; for users, the user's own id). */
  owner: AnyPgColumn | SQL;
  /** The unit a record belongs to. */
  unit: AnyPgColumn | SQL;
}

/**
 * The one mechanism that turns (actor, permission) into a SQL condition. Every list,
 * detail, search, export and report query of a scoped record adds it to its WHERE.
 * Without the permission the condition is false: the record does not exist for the actor.
 */
export function scopeCondition(actor: Actor, permission: Permission, cols: ScopedColumns): SQL {
  const scope = actor.permissions[permission];
  switch (scope) {
    case undefined:
      return sql`false`;
    case 'all':
      return sql`true`;
    case 'own':
      return sql`${cols.owner} = ${actor.id}`;
    case 'subordinates':
      return sql`${cols.owner} in ${subordinateIdsSql(actor.id, { withSelf: true })}`;
    case 'unit':
      return sql`${cols.unit} = ${actor.unitId}`;
    case 'unit_tree':
      return sql`${cols.unit} in ${unitSubtreeIdsSql(actor.unitId)}`;
  }
  return sql`false`;
}

/**
 * A permission's data scope as part of a cache key (ADR 26, ADR 34): its width and the person or
 * unit it hangs on — the reader for own and subordinates, the unit for unit and unit tree. Two
 * readers with the same key see the same records while the org stays as it is.
 */
export function scopeKey(actor: Actor, permission: Permission): string {
  const scope = actor.permissions[permission];
  switch (scope) {
    case undefined:
      return `${permission}=-`;
    case 'all':
      return `${permission}=all`;
    case 'own':
    case 'subordinates':
      return `${permission}=${scope}:${actor.id}`;
    case 'unit':
    case 'unit_tree':
      return `${permission}=${scope}:${actor.unitId}`;
  }
  return `${permission}=?`;
}

export function assertPermission(actor: Actor, permission: Permission): void {
  if (!actor.permissions[permission]) throw appError('FORBIDDEN');
}
