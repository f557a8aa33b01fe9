import type { DbOrTx } from '../../../db/client.js';
import type { Ctx } from '../../../platform/context.js';
import { appError } from '../../../platform/errors.js';
import { readPolicy } from '../../../platform/policies/read.js';
import { planGapRule } from '../policies.js';
import { gapFigures, keyOf, parentFigures } from './figures.js';
import { linesOf } from './lines.js';
import type { SetRow } from './scope.js';

/**
 * PLAN-3: the set's gap as it stands now — against the unit's target in force now, which may
 * have changed since the set was drafted — and the company's rule for it.
 */
export async function gapNow(db: DbOrTx, ctx: Ctx, set: SetRow) {
  const parent = await parentFigures(db, keyOf(set));
  const lines = [...(await linesOf(db, set.id, set.year)).values()];
  const { hasGap } = gapFigures(parent, lines);
  const rule = await readPolicy(db, planGapRule, ctx.clock.now(), set.unitId);
  return { hasGap, rule, empty: lines.length === 0 };
}

const reasonNeeded = {
  gapReason: {
    'zh-CN': '下级目标之和与上级目标有差额，请说明原因',
    en: 'The children’s targets leave a gap to the parent’s; say why',
  },
};

/**
 * PLAN-3: whether the set may go for approval: it splits something, and a gap is allowed only
 * with the submitter's reason (`reason`) or not at all (`block`).
 */
export async function assertSubmittable(db: DbOrTx, ctx: Ctx, set: SetRow): Promise<{ hasGap: boolean }> {
  const { hasGap, rule, empty } = await gapNow(db, ctx, set);
  if (empty) throw appError('TARGET_SET_EMPTY');
  if (hasGap && rule === 'block') throw appError('TARGET_GAP_BLOCKED');
  if (hasGap && !set.gapReason?.trim()) throw appError('TARGET_GAP_REASON_REQUIRED', reasonNeeded);
  return { hasGap };
}
