import { type Ctx, inTx, requireActor } from '../../../platform/context.js';
import { appError } from '../../../platform/errors.js';
import type { Localized } from '../../../platform/i18n/lang.js';
import { type Child, childKey, childrenOf } from './children.js';
import { keyOf, parentFigures } from './figures.js';
import { lastYearActualsPort } from './last-year-port.js';
import { type ChildValues, linesOf } from './lines.js';
import { checkChildren, storeLines } from './save-lines.js';
import type { TSplitRequest, TTargetSheet } from './schemas.js';
import { assertEditable, setForUpdate } from './scope.js';
import { sheetOfRow } from './sheet.js';
import { splitTarget } from './split.js';

const noLastYear: Localized = {
  'zh-CN': '所选下级去年没有实绩，无法按去年占比分解',
  en: 'The chosen children had no actuals last year to share by',
};
const noWeight: Localized = { 'zh-CN': '请为每个下级填写权重', en: 'Give each child a weight' };
const zeroWeights: Localized = { 'zh-CN': '权重之和须大于 0', en: 'The weights must add up to more than 0' };

/**
 * PLAN-3: the server splits the unit's target among the children listed (default: those taking
 * part now, else those suggested) — evenly, by their share of last year's actuals, or by the
 * weights given — in integers that sum exactly; each child's months follow the unit's own months
 * (default), evenly, or the shape of its own last year. The others take no part. The draft's
 * lines are replaced and the method kept.
 */
export function splitTargetSet(ctx: Ctx, id: string, input: TSplitRequest): Promise<TTargetSheet> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const set = await setForUpdate(tx, actor, id);
    assertEditable(set);
    const key = keyOf(set);
    const all = await childrenOf(tx, set.unitId);
    let chosen: (Child & { weight: number | null })[];
    if (input.children) {
      checkChildren(all, input.children, (i) => `children.${i}.id`);
      const byKey = new Map(all.map((c) => [childKey(c), c]));
      chosen = input.children.map((c) => ({ ...byKey.get(childKey(c))!, weight: c.weight ?? null }));
    } else {
      const taking = await linesOf(tx, set.id, set.year);
      const now = all.filter((c) => taking.has(childKey(c)));
      chosen = (now.length > 0 ? now : all.filter((c) => c.suggested)).map((c) => ({ ...c, weight: null }));
      if (chosen.length === 0) throw appError('TARGET_SET_EMPTY');
    }
    const parent = await parentFigures(tx, key);
    if (parent[0] === null || parent[0] === undefined) throw appError('TARGET_PARENT_MISSING');

    let shares: bigint[];
    let lastYear: bigint[][] | undefined;
    if (input.method === 'last_year' || input.months === 'last_year') {
      const actuals = await lastYearActualsPort.call(tx, {
        metric: key.metric,
        category: key.category,
        subjects: chosen.map((c) => ({ type: c.subjectType, id: c.id })),
        year: key.year - 1,
        at: ctx.clock.now(),
      });
      lastYear = chosen.map((c) => actuals.get(childKey(c)) ?? Array.from({ length: 12 }, () => 0n));
    }
    if (input.method === 'weights') {
      const missing = chosen.flatMap((c, i) => (c.weight === null ? [i] : []));
      if (missing.length > 0) {
        throw appError(
          'VALIDATION_FAILED',
          Object.fromEntries(missing.map((i) => [`children.${i}.weight`, noWeight])),
        );
      }
      shares = chosen.map((c) => BigInt(c.weight!));
      if (shares.every((s) => s === 0n))
        throw appError('VALIDATION_FAILED', { 'children.0.weight': zeroWeights });
    } else if (input.method === 'last_year') {
      // A year with reversals beyond its records counts as nothing, never as a negative share.
      shares = lastYear!.map((months) => {
        const sum = months.reduce((a, b) => a + b, 0n);
        return sum > 0n ? sum : 0n;
      });
      if (shares.every((s) => s === 0n)) throw appError('TARGET_SPLIT_NO_BASIS', { method: noLastYear });
    } else {
      shares = chosen.map(() => 1n);
    }

    const split = splitTarget({
      parentYear: parent[0],
      parentMonths: parent.slice(1),
      shares,
      months: input.months,
      ...(lastYear ? { lastYearMonths: lastYear } : {}),
    });
    const children: ChildValues[] = chosen.map((c, i) => ({
      subjectType: c.subjectType,
      id: c.id,
      year: split[i]!.year,
      months: split[i]!.months,
      weight: input.method === 'weights' ? c.weight : null,
    }));
    const after = await storeLines(tx, ctx, set, children, {
      method: input.method,
      action: 'targetSet.split',
      detail: { months: input.months },
    });
    return sheetOfRow(tx, ctx, after);
  });
}
