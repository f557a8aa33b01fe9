import { type Placeholder, sql } from 'drizzle-orm';
import type { Permission } from '../../modules/permission-codes.js';
import type { Actor } from '../context.js';

/**
 * Statements built once per shape (ADR 37). Drizzle builds a statement's text from its parts on
 * every request; for a customer's page that was a fifth of the server's CPU. A statement whose
 * text depends only on the scopes of the actor's permissions (not on who the actor is) is built
 * once with placeholders for the actor's id and unit and the record's id, kept per database
 * handle, and run with the values of each request.
 */

/** The actor's id and unit as placeholders: the scope conditions built from it fit every actor of the same scopes. */
export function placeholderActor(actor: Actor): Actor {
  return {
    ...actor,
    id: sql.placeholder('actorId') as Placeholder as unknown as string,
    unitId: sql.placeholder('actorUnitId') as Placeholder as unknown as string,
  };
}

/** The values of placeholderActor's placeholders for this actor. */
export function actorValues(actor: Actor): { actorId: string; actorUnitId: string } {
  return { actorId: actor.id, actorUnitId: actor.unitId };
}

/** The part of a shape key the actor decides: the scope of each permission the statement reads. */
export function scopesShape(actor: Actor, permissions: readonly Permission[]): string {
  return permissions.map((p) => actor.permissions[p] ?? '-').join(',');
}

const kept = new WeakMap<object, Map<string, unknown>>();
/** Prepared statements per handle: a handful of shapes each; a bound in case a caller's key runs wild. */
const MAX_SHAPES = 100;

/**
 * The statement of this shape on this database handle (a transaction gets its own), built by
 * `build` the first time. `key` must name everything the built text depends on.
 */
export function statementOfShape<T>(db: object, key: string, build: () => T): T {
  let shapes = kept.get(db);
  if (!shapes) {
    shapes = new Map();
    kept.set(db, shapes);
  }
  const known = shapes.get(key) as T | undefined;
  if (known) return known;
  const built = build();
  if (shapes.size < MAX_SHAPES) shapes.set(key, built);
  return built;
}
