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
 * What the actor's scope of a permission depends on, as a cache key part (ADR 34): the scope and
 * the user or unit it starts from. A unit subtree follows the unit tree, which the policy epoch
 * tracks. Null for `subordinates`, whose members follow every user's superior (not versioned
 * globally): such results are not kept.
 */
export function scopeKey(actor: Actor, permission: Permission): string | null {
  const scope = actor.permissions[permission];
  switch (scope) {
    case undefined:
      return 'none';
    case 'all':
      return 'all';
    case 'own':
      return `own:${actor.id}`;
    case 'unit':
    case 'unit_tree':
      return `${scope}:${actor.unitId}`;
  }
  return null;
}

export function assertPermission(actor: Actor, permission: Permission): void {
  if (!actor.permissions[permission]) throw appError('FORBIDDEN');
}
