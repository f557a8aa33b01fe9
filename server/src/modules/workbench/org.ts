import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { holdersOfSql } from '../../platform/access/holders.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';

export interface OrgUnit {
  id: string;
  parentId: string | null;
  name: string;
  sort: number;
}

export interface Person {
  id: string;
  username: string;
  displayName: string;
  unitId: string;
}

/** The organisation as the 工作台 of one reader sees it. */
export interface Org {
  /** Every unit (the tree is not secret: unit:read is everyone's), in display order. */
  units: Map<string, OrgUnit>;
  /** The people who sell (opportunity:write) in the reader's indicator:read scope, by username. */
  people: Person[];
  /** The units whose figures the reader sees (indicator:read unit, unit tree, all) that have people who sell. */
  unitsInScope: OrgUnit[];
  /** The top of the reader's units: the company for `all`, the reader's unit otherwise; null without units. */
  root: OrgUnit | null;
}

/**
 * ORG-5 for the 工作台: the units and the people who sell in the reader's indicator:read scope,
 * in one statement (the people's scope in SQL; the units' subtree walked in memory, units are few).
 */
export async function orgInScope(db: DbOrTx, actor: Actor): Promise<Org> {
  const inScope = scopeCondition(actor, 'indicator:read', { owner: sql`u.id`, unit: sql`u.unit_id` });
  const [row] = await queryRows<{ units: OrgUnit[]; people: Person[] }>(
    db,
    sql`select
      (select coalesce(json_agg(json_build_object('id', n.id, 'parentId', n.parent_id, 'name', n.name,
          'sort', n.sort) order by n.sort, n.name, n.id), '[]'::json) from units n) as units,
      (select coalesce(json_agg(json_build_object('id', u.id, 'username', u.username,
          'displayName', u.display_name, 'unitId', u.unit_id) order by u.username), '[]'::json)
        from users u
        where u.status = 'active' and ${inScope} and u.id in ${holdersOfSql('opportunity:write')}) as people`,
  );
  const units = new Map((row?.units ?? []).map((u) => [u.id, u]));
  const people = row?.people ?? [];
  const scope = actor.permissions['indicator:read'];
  let root: OrgUnit | null = null;
  let candidates: OrgUnit[] = [];
  if (scope === 'all') {
    root = [...units.values()].find((u) => u.parentId === null) ?? null;
    candidates = [...units.values()];
  } else if (scope === 'unit_tree' || scope === 'unit') {
    root = units.get(actor.unitId) ?? null;
    candidates = root ? (scope === 'unit' ? [root] : subtreeOf(units, root.id)) : [];
  }
  const selling = new Set<string>();
  for (const p of people) for (const u of ancestorsOf(units, p.unitId)) selling.add(u);
  return { units, people, unitsInScope: candidates.filter((u) => selling.has(u.id)), root };
}

/** A unit and the units above it, itself first. */
export function ancestorsOf(units: Map<string, OrgUnit>, unitId: string): string[] {
  const out: string[] = [];
  for (let u: string | null | undefined = unitId; u && out.length < 100; u = units.get(u)?.parentId)
    out.push(u);
  return out;
}

/** A unit and every unit below it, in display order. */
export function subtreeOf(units: Map<string, OrgUnit>, rootId: string): OrgUnit[] {
  const inside = new Set<string>([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units.values())
      if (u.parentId && inside.has(u.parentId) && !inside.has(u.id)) {
        inside.add(u.id);
        grew = true;
      }
  }
  return [...units.values()].filter((u) => inside.has(u.id));
}
