import { and, desc, eq, inArray } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../../platform/context.js';
import { appError, appErrorWithDetails } from '../../../platform/errors.js';
import { readPolicy } from '../../../platform/policies/read.js';
import { planMetrics } from '../policies.js';
import { targetSets } from '../tables.js';
import { childKey, childrenOf } from './children.js';
import { keyOf, parentFigures } from './figures.js';
import { type ChildValues, linesOf, linesSnapshot, replaceLines } from './lines.js';
import type { TSetCreate, TTargetSheet } from './schemas.js';
import { unitInScope } from './scope.js';
import { sheetOfRow } from './sheet.js';

const metricNotUsed = {
  metric: {
    'zh-CN': '公司目前不为该指标制定目标（见制度参数“考核目标指标”）',
    en: 'The company sets no targets for this metric (see the policy “Target metrics”)',
  },
};
const reasonRequired = {
  changeReason: { 'zh-CN': '已批准的目标调整须说明原因', en: 'Say why the approved targets change' },
};

/**
 * PLAN-2/PLAN-3: a manager starts a split of their unit's target for a year and metric as a
 * draft. Only one open version per key; the unit's own target must be in force (it comes from
 * above); the metric must be one the company sets targets for. A change after approval is a new
 * version, with its reason, prefilled with the lines in force.
 */
export function createTargetSet(ctx: Ctx, input: TSetCreate): Promise<TTargetSheet> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const at = ctx.clock.now();
    const unit = await unitInScope(tx, actor, input.unitId, 'target:write');
    const key = keyOf({ unitId: unit.id, year: input.year, metric: input.metric, category: input.category });
    const metrics = await readPolicy(tx, planMetrics, at, unit.id);
    if (!(metrics as string[]).includes(key.metric)) throw appError('TARGET_METRIC_NOT_USED', metricNotUsed);
    const sameKey = and(
      eq(targetSets.unitId, key.unitId),
      eq(targetSets.year, key.year),
      eq(targetSets.metric, key.metric),
      eq(targetSets.category, key.category),
    );
    const [open] = await tx
      .select({ id: targetSets.id })
      .from(targetSets)
      .where(and(sameKey, inArray(targetSets.status, ['draft', 'submitted', 'rejected'])));
    if (open) throw appErrorWithDetails('TARGET_SET_OPEN_EXISTS', { id: open.id });
    if ((await parentFigures(tx, key))[0] === null) throw appError('TARGET_PARENT_MISSING');
    const [last] = await tx
      .select({ id: targetSets.id, version: targetSets.version, status: targetSets.status })
      .from(targetSets)
      .where(sameKey)
      .orderBy(desc(targetSets.version))
      .limit(1);
    const version = (last?.version ?? 0) + 1;
    if (version > 1 && !input.changeReason) throw appError('TARGET_CHANGE_REASON_REQUIRED', reasonRequired);
    const [row] = await tx
      .insert(targetSets)
      .values({
        ...key,
        version,
        status: 'draft',
        method: 'manual',
        changeReason: version > 1 ? input.changeReason : null,
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw appError('CONFLICT');
    // PLAN-2: a change starts from what is in force, for the children the unit still has.
    const [inForce] = await tx
      .select()
      .from(targetSets)
      .where(and(sameKey, eq(targetSets.status, 'approved')));
    let prefilled: ChildValues[] = [];
    if (inForce) {
      const children = new Set((await childrenOf(tx, unit.id)).map(childKey));
      prefilled = [...(await linesOf(tx, inForce.id, key.year)).values()]
        .filter((l) => children.has(childKey(l)))
        .map((l) => ({
          subjectType: l.subjectType,
          id: l.id,
          year: l.year ?? 0n,
          months: l.months.map((m) => m ?? 0n),
          weight: l.weight,
        }));
      await replaceLines(tx, row.id, key.year, prefilled);
      await tx.update(targetSets).set({ method: inForce.method }).where(eq(targetSets.id, row.id));
    }
    await audit(tx, ctx, {
      entity: 'target_set',
      entityId: row.id,
      action: 'targetSet.create',
      after: { ...row, lines: linesSnapshot(prefilled), from: inForce?.id ?? null },
    });
    return sheetOfRow(tx, ctx, { ...row, method: inForce?.method ?? row.method });
  });
}
