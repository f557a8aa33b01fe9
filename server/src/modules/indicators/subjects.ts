import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { holdersOfSql } from '../../platform/access/holders.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { unitSubtreeIdsSql } from '../../platform/org/tree.js';
import type { TargetSubject } from '../targets/index.js';

/** Whose indicators a list shows: my own, the people in my scope, the units in my scope. */
export const indicatorLevels = ['me', 'people', 'units'] as const;
export type IndicatorLevel = (typeof indicatorLevels)[number];

/** A subject with the words a screen shows for it. */
export interface NamedSubject extends TargetSubject {
  name: string;
  /** A person's unit; a unit's parent (null for the company). */
  unit: { id: string; name: string } | null;
}

/**
 * ORG-5 on indicators (indicator:read's scope): a person is in scope as a record owned by them
 * is — own: only me; subordinates: me and everyone below me; unit / unit_tree: the people of my
 * unit (and below); all: everyone.
 */
function peopleScope(actor: Actor): SQL {
  return scopeCondition(actor, 'indicator:read', { owner: sql`u.id`, unit: sql`u.unit_id` });
}

/** A unit's figures are in scope with unit (my unit), unit_tree (my unit and below) or all; never with own or subordinates. */
function unitScope(actor: Actor): SQL {
  switch (actor.permissions['indicator:read']) {
    case 'all':
      return sql`true`;
    case 'unit':
      return sql`un.id = ${actor.unitId}`;
    case 'unit_tree':
      return sql`un.id in ${unitSubtreeIdsSql(actor.unitId)}`;
    default:
      return sql`false`;
  }
}

/**
 * PLAN-5/PLAN-6: the people measured — active, and either selling (opportunity:write, as the
 * team page counts them) or given a target.
 */
const measured = sql`u.status = 'active' and (u.id in ${holdersOfSql('opportunity:write')}
  or exists (select 1 from target_lines tl where tl.subject_type = 'user' and tl.subject_id = u.id))`;

/** Units in tree order (each after its parent, siblings by their sort), as `unit_order (id, path)`. */
const unitOrder = sql`unit_order as (
    select id, array[sort, 0] as path from units where parent_id is null
    union all
    select c.id, o.path || array[c.sort, 0] from units c join unit_order o on c.parent_id = o.id
  )`;

interface Row {
  type: 'user' | 'unit';
  id: string;
  name: string;
  unit_id: string | null;
  unit_name: string | null;
}

const toSubject = (r: Row): NamedSubject => ({
  type: r.type,
  id: r.id,
  name: r.name,
  unit: r.unit_id ? { id: r.unit_id, name: r.unit_name ?? '' } : null,
});

function peopleSql(scope: SQL, extra: SQL): SQL {
  return sql`with recursive ${unitOrder}
    select 'user' as type, u.id::text as id, u.display_name as name, un.id::text as unit_id, un.name as unit_name
    from users u join units un on un.id = u.unit_id join unit_order o on o.id = u.unit_id
    where ${scope} and ${extra}
    order by o.path, u.display_name, u.id`;
}

/** PLAN-6: everyone measured against a target, company-wide (the coaching job's round). */
export async function measuredPeople(db: DbOrTx): Promise<NamedSubject[]> {
  return (await queryRows<Row>(db, peopleSql(sql`true`, measured))).map(toSubject);
}

function unitsSql(actor: Actor, extra: SQL): SQL {
  return sql`with recursive ${unitOrder}
    select 'unit' as type, un.id::text as id, un.name, p.id::text as unit_id, p.name as unit_name
    from units un left join units p on p.id = un.parent_id join unit_order o on o.id = un.id
    where ${unitScope(actor)} and ${extra}
    order by o.path, un.id`;
}

/** PLAN-5: the subjects of a level in the actor's scope, in org order. */
export async function subjectsOf(db: DbOrTx, actor: Actor, level: IndicatorLevel): Promise<NamedSubject[]> {
  if (!actor.permissions['indicator:read']) return [];
  const rows =
    level === 'units'
      ? await queryRows<Row>(db, unitsSql(actor, sql`true`))
      : level === 'me'
        ? await queryRows<Row>(db, peopleSql(peopleScope(actor), sql`u.id = ${actor.id}`))
        : await queryRows<Row>(db, peopleSql(peopleScope(actor), measured));
  return rows.map(toSubject);
}

/** The levels the actor has subjects at: me always (with the permission); people beyond me and units by scope. */
export function levelsOf(actor: Actor): IndicatorLevel[] {
  const scope = actor.permissions['indicator:read'];
  if (!scope) return [];
  if (scope === 'own') return ['me'];
  if (scope === 'subordinates') return ['me', 'people'];
  return ['me', 'people', 'units'];
}

/** `user:<id>` or `unit:<id>`. */
export function parseSubject(text: string): TargetSubject {
  const [type, id] = text.split(':') as [string, string];
  return { type: type === 'unit' ? 'unit' : 'user', id };
}

/** ORG-5: the subjects asked for, each in the actor's scope (one outside it: 404 NOT_FOUND). */
export async function subjectsInScope(
  db: DbOrTx,
  actor: Actor,
  subjects: readonly TargetSubject[],
): Promise<NamedSubject[]> {
  const userIds = [...new Set(subjects.filter((s) => s.type === 'user').map((s) => s.id))];
  const unitIds = [...new Set(subjects.filter((s) => s.type === 'unit').map((s) => s.id))];
  const list = (ids: string[]) =>
    sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    );
  const found = new Map<string, NamedSubject>();
  if (userIds.length > 0) {
    for (const r of await queryRows<Row>(db, peopleSql(peopleScope(actor), sql`u.id in (${list(userIds)})`)))
      found.set(`user:${r.id}`, toSubject(r));
  }
  if (unitIds.length > 0) {
    for (const r of await queryRows<Row>(db, unitsSql(actor, sql`un.id in (${list(unitIds)})`)))
      found.set(`unit:${r.id}`, toSubject(r));
  }
  return subjects.map((s) => {
    const named = found.get(`${s.type}:${s.id}`);
    if (!named) throw appError('NOT_FOUND');
    return named;
  });
}
