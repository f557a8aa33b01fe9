import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { type Ctx, requireActor } from '../../../platform/context.js';
import { appError } from '../../../platform/errors.js';
import { units } from '../../../platform/org/tables.js';
import { readPolicy } from '../../../platform/policies/read.js';
import { planGapRule, planMetrics } from '../policies.js';
import { moneyMetrics } from '../tables.js';
import { type Child, childKey, childrenOf, formerChildren } from './children.js';
import { figuresOf, gapFigures, keyOf, parentFigures, rowOf, type SetKey } from './figures.js';
import { type ChildLines, linesOf } from './lines.js';
import type { TSetKeyQuery, TSetVersion, TTargetSheet } from './schemas.js';
import { canWriteUnit, type SetRow, setInScope, unitInScope } from './scope.js';
import { currentOf, versionsOf } from './versions.js';

const isOpen = (status: string) => status === 'draft' || status === 'submitted' || status === 'rejected';

/** The children of the unit and anyone else the set holds lines for (moved away since). */
async function childrenWithLines(
  db: DbOrTx,
  unitId: string,
  lines: Map<string, ChildLines>,
): Promise<(Child & { former: boolean })[]> {
  const current = await childrenOf(db, unitId);
  const known = new Set(current.map(childKey));
  const gone = [...lines.values()].filter((l) => !known.has(childKey(l)));
  const former = await formerChildren(db, gone);
  return [...current.map((c) => ({ ...c, former: false })), ...former.map((c) => ({ ...c, former: true }))];
}

/**
 * PLAN-2/PLAN-3: the decomposition screen of one version (or of a key without any yet): the
 * unit's own target in force, the children with their year, months and rest, the sums and the
 * gap per period, the gap rule, what the reader may do, and every version of the key.
 */
export async function buildSheet(
  db: DbOrTx,
  ctx: Ctx,
  key: SetKey,
  versions: TSetVersion[],
  shown: TSetVersion | null,
): Promise<TTargetSheet> {
  const actor = requireActor(ctx);
  const at = ctx.clock.now();
  const [unit] = await db.select().from(units).where(eq(units.id, key.unitId));
  if (!unit) throw appError('NOT_FOUND');
  const parent = await parentFigures(db, key);
  const lines = shown ? await linesOf(db, shown.id, key.year) : new Map<string, ChildLines>();
  const children = await childrenWithLines(db, key.unitId, lines);
  const included = children.flatMap((c) => {
    const l = lines.get(childKey(c));
    return l ? [l] : [];
  });
  const g = gapFigures(parent, included);
  const gapRule = await readPolicy(db, planGapRule, at, key.unitId);
  const metrics = await readPolicy(db, planMetrics, at, key.unitId);
  const canWrite = await canWriteUnit(db, actor, key.unitId);
  const current = currentOf(versions);
  const editable =
    canWrite &&
    shown !== null &&
    shown.id === current?.id &&
    (shown.status === 'draft' || shown.status === 'rejected');
  return {
    unit: { id: unit.id, name: unit.name, code: unit.code, kind: unit.kind },
    year: key.year,
    metric: key.metric,
    category: key.category,
    money: moneyMetrics.includes(key.metric),
    set: shown,
    parent: figuresOf(parent),
    children: children.map((c) => {
      const l = lines.get(childKey(c));
      return {
        subjectType: c.subjectType,
        id: c.id,
        name: c.name,
        code: c.code,
        kind: c.kind,
        position: c.position,
        included: l !== undefined,
        suggested: c.suggested,
        former: c.former,
        weight: l?.weight ?? null,
        values: figuresOf(l ? rowOf(l) : Array.from({ length: 13 }, () => null)),
        rest: l ? String(g.rests.get(childKey(c)) ?? 0n) : null,
      };
    }),
    sums: figuresOf(g.sums),
    gaps: figuresOf(g.gaps),
    hasGap: g.hasGap,
    gapRule,
    canCreate:
      canWrite &&
      !versions.some((v) => isOpen(v.status)) &&
      parent[0] !== null &&
      (metrics as string[]).includes(key.metric),
    canEdit: editable,
    canSubmit:
      editable && shown?.author?.id === actor.id && included.length > 0 && !(gapRule === 'block' && g.hasGap),
    versions,
  };
}

/** PLAN-3: the key's current version (open, else in force) on the decomposition screen; 404 outside the reader's scope. */
export async function currentSheet(ctx: Ctx, q: TSetKeyQuery): Promise<TTargetSheet> {
  const actor = requireActor(ctx);
  await unitInScope(ctx.db, actor, q.unitId, 'target:read');
  const key: SetKey = { unitId: q.unitId, year: q.year, metric: q.metric, category: q.category };
  const versions = await versionsOf(ctx.db, key);
  return buildSheet(ctx.db, ctx, key, versions, currentOf(versions));
}

/** One version of a split (history, or the approver's view); 404 outside the reader's scope. */
export async function sheetOfSet(db: DbOrTx, ctx: Ctx, id: string): Promise<TTargetSheet> {
  const set = await setInScope(db, requireActor(ctx), id);
  return sheetOfRow(db, ctx, set);
}

/** The sheet of a set already read (in the writer's transaction). */
export async function sheetOfRow(db: DbOrTx, ctx: Ctx, set: SetRow): Promise<TTargetSheet> {
  const key = keyOf(set);
  const versions = await versionsOf(db, key);
  const shown = versions.find((v) => v.id === set.id) ?? null;
  return buildSheet(db, ctx, key, versions, shown);
}
