import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client.js';
import { audit } from '../../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../../platform/context.js';
import { appError } from '../../../platform/errors.js';
import type { Localized } from '../../../platform/i18n/lang.js';
import { targetSets } from '../tables.js';
import { type Child, childKey, childrenOf } from './children.js';
import { type ChildValues, linesOf, linesSnapshot, replaceLines } from './lines.js';
import type { TLinesSave, TTargetSheet } from './schemas.js';
import { assertEditable, type SetRow, setForUpdate } from './scope.js';
import { sheetOfRow } from './sheet.js';

const notAChild: Localized = {
  'zh-CN': '不是本单位的下级单位或本单位人员',
  en: 'Not a sub-unit or a member of this unit',
};
const twice: Localized = { 'zh-CN': '同一下级出现了两次', en: 'The same child is listed twice' };

/** PLAN-3: each child listed is a child of the unit now, listed once; else a message on its field. */
export function checkChildren(
  children: readonly Child[],
  listed: readonly { type: 'unit' | 'user'; id: string }[],
  field: (i: number) => string,
): void {
  const known = new Set(children.map(childKey));
  const seen = new Set<string>();
  const fields: Record<string, Localized> = {};
  listed.forEach((c, i) => {
    const key = childKey(c);
    if (!known.has(key)) fields[field(i)] = notAChild;
    else if (seen.has(key)) fields[field(i)] = twice;
    seen.add(key);
  });
  if (Object.keys(fields).length > 0) throw appError('VALIDATION_FAILED', fields);
}

/**
 * Stores a draft's new lines with how they were made, and audits it: a rejected set being
 * revised becomes a draft again, to be submitted anew.
 */
export async function storeLines(
  tx: Tx,
  ctx: Ctx,
  set: SetRow,
  children: ChildValues[],
  change: { method: SetRow['method']; action: string; detail?: Record<string, unknown> },
): Promise<SetRow> {
  const before = await linesOf(tx, set.id, set.year);
  await replaceLines(tx, set.id, set.year, children);
  const [after] = await tx
    .update(targetSets)
    .set({ status: 'draft', method: change.method, updatedAt: ctx.clock.now() })
    .where(eq(targetSets.id, set.id))
    .returning();
  await audit(tx, ctx, {
    entity: 'target_set',
    entityId: set.id,
    action: change.action,
    before: { status: set.status, method: set.method, lines: linesSnapshot(before.values()) },
    after: { status: 'draft', method: change.method, lines: linesSnapshot(children), ...change.detail },
  });
  return after!;
}

/**
 * PLAN-3: the manager saves the split by hand: the children listed take part with the figures
 * given (year and each month), the others do not. Only a draft or a rejected set is edited.
 */
export function saveTargetLines(ctx: Ctx, id: string, input: TLinesSave): Promise<TTargetSheet> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const set = await setForUpdate(tx, actor, id);
    assertEditable(set);
    checkChildren(await childrenOf(tx, set.unitId), input.children, (i) => `children.${i}.id`);
    const children: ChildValues[] = input.children.map((c) => ({
      subjectType: c.type,
      id: c.id,
      year: BigInt(c.year),
      months: c.months.map((m) => BigInt(m)),
      weight: c.weight ?? null,
    }));
    const after = await storeLines(tx, ctx, set, children, {
      method: 'manual',
      action: 'targetSet.saveLines',
    });
    return sheetOfRow(tx, ctx, after);
  });
}
