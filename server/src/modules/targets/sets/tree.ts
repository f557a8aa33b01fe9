import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client.js';
import { type Ctx, requireActor } from '../../../platform/context.js';
import { readPolicy } from '../../../platform/policies/read.js';
import { targetKey, targetsInForce } from '../in-force.js';
import { planMetrics } from '../policies.js';
import { moneyMetrics } from '../tables.js';
import type { TTargetTree, TTreeNode, TTreeQuery } from './schemas.js';
import { unitScope } from './scope.js';

/**
 * PLAN-3: the target tree of a year and metric for the decomposition screens — every unit the
 * reader may read targets of, with its target in force, the state of its split (the open
 * version, else the one in force), what its children add up to there and the gap.
 */
export async function targetTree(ctx: Ctx, q: TTreeQuery): Promise<TTargetTree> {
  const actor = requireActor(ctx);
  const db = ctx.db;
  const rows = await queryRows<{
    id: string;
    name: string;
    kind: TTreeNode['unit']['kind'];
    parent_id: string | null;
    can_write: boolean;
    set_id: string | null;
    set_status: NonNullable<TTreeNode['set']>['status'] | null;
    set_version: number | null;
    child_sum: string | null;
  }>(
    db,
    sql`select u.id::text as id, u.name, u.kind, u.parent_id::text as parent_id,
          (${unitScope(actor, 'target:write', sql`u.id`)}) is true as can_write,
          s.id::text as set_id, s.status as set_status, s.version as set_version,
          (select sum(l.value) from target_lines l where l.set_id = s.id and l.period = ${String(q.year)})::text as child_sum
        from units u
        left join lateral (
          select s.id, s.status, s.version from target_sets s
          where s.unit_id = u.id and s.year = ${q.year} and s.metric = ${q.metric} and s.category = ${q.category}
            and s.status <> 'superseded'
          order by (s.status = 'approved'), s.version desc
          limit 1
        ) s on true
        where ${unitScope(actor, 'target:read', sql`u.id`)}
        order by u.sort, u.name`,
  );
  const subjects = rows.map((r) => ({ type: 'unit' as const, id: r.id }));
  const year = String(q.year);
  const inForce = await targetsInForce(db, {
    metric: q.metric,
    category: q.category,
    subjects,
    periods: [year],
  });
  const metrics = await readPolicy(db, planMetrics, ctx.clock.now(), actor.unitId);
  return {
    year: q.year,
    metric: q.metric,
    category: q.category,
    money: moneyMetrics.includes(q.metric),
    metrics: metrics as TTargetTree['metrics'],
    nodes: rows.map((r) => {
      const target = inForce.get(targetKey({ type: 'unit', id: r.id }, year)) ?? null;
      const childSum = r.set_id ? BigInt(r.child_sum ?? '0') : null;
      return {
        unit: { id: r.id, name: r.name, kind: r.kind, parentId: r.parent_id },
        target: target === null ? null : String(target),
        childSum: childSum === null ? null : String(childSum),
        gap: target === null || childSum === null ? null : String(target - childSum),
        set: r.set_id ? { id: r.set_id, status: r.set_status!, version: Number(r.set_version) } : null,
        canWrite: r.can_write === true,
      };
    }),
  };
}
