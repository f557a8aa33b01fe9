import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import { type Ctx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import type { Localized } from '../../platform/i18n/lang.js';
import { readPolicy } from '../../platform/policies/read.js';
import { customerReadScope, customers } from '../customers/index.js';
import { visitPurposes } from '../visits/index.js';
import { isInMonth, type Month, monthOf } from './month.js';
import type { TPlanLineInput } from './schemas.js';
import { visitPlanLines } from './tables.js';

/** A line as it is stored: `id` is the line it keeps, null for a new one. */
export interface LineValues {
  id: string | null;
  customerId: string;
  purpose: string;
  plannedOn: string;
  plannedMinutes: number;
  note: string | null;
}

export type LineRow = typeof visitPlanLines.$inferSelect;

const messages = {
  plannedOn: (month: Month): Localized => ({
    'zh-CN': `日期须在计划月份 ${month} 内`,
    en: `The date must fall in the plan’s month, ${month}`,
  }),
  customerId: {
    'zh-CN': '只能安排您负责或协作的客户',
    en: 'Only customers you look after can be planned',
  },
  purpose: { 'zh-CN': '该拜访目的当前不可选', en: 'This purpose is not currently allowed' },
  id: { 'zh-CN': '不是本计划中的拜访安排', en: 'Not a line of this plan' },
} as const;

/**
 * VIS-1/VIS-3: the lines a rep writes, checked before they are kept — each date inside the plan's
 * month, each customer one the rep may read (their own or one they collaborate on: the customer
 * scope, in SQL), each purpose one the policy visit.purposes allows now for the rep's unit, and
 * each kept line one of this plan's. Every problem is a message on its field
 * (`lines.<n>.<field>`), all of them at once.
 */
export async function checkLines(
  db: DbOrTx,
  ctx: Ctx,
  plan: { monthOn: string; unitId: string },
  lines: readonly LineValues[],
  ownLineIds: ReadonlySet<string>,
): Promise<LineValues[]> {
  const actor = requireActor(ctx);
  const month = monthOf(plan.monthOn);
  const allowed = new Set<string>(await readPolicy(db, visitPurposes, ctx.clock.now(), plan.unitId));
  const wanted = [...new Set(lines.map((l) => l.customerId))];
  const readable = new Set(
    wanted.length === 0
      ? []
      : (
          await db
            .select({ id: customers.id })
            .from(customers)
            .where(and(inArray(customers.id, wanted), customerReadScope(actor)))
        ).map((c) => c.id),
  );
  const fields: Record<string, Localized> = {};
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    if (!isInMonth(line.plannedOn, month)) fields[`lines.${i}.plannedOn`] = messages.plannedOn(month);
    if (!readable.has(line.customerId)) fields[`lines.${i}.customerId`] = messages.customerId;
    if (!allowed.has(line.purpose)) fields[`lines.${i}.purpose`] = messages.purpose;
    if (line.id && (!ownLineIds.has(line.id) || seen.has(line.id))) fields[`lines.${i}.id`] = messages.id;
    if (line.id) seen.add(line.id);
  });
  if (Object.keys(fields).length > 0) throw appError('VALIDATION_FAILED', fields);
  return lines.map((l) => ({ ...l }));
}

/** A line as the API parsed it (planned hours already in minutes). */
export function lineValuesOf(line: TPlanLineInput): LineValues {
  return {
    id: line.id ?? null,
    customerId: line.customerId,
    purpose: line.purpose,
    plannedOn: line.plannedOn,
    plannedMinutes: line.plannedHours,
    note: line.note ?? null,
  };
}

export async function linesOf(db: DbOrTx, planId: string): Promise<LineRow[]> {
  return db
    .select()
    .from(visitPlanLines)
    .where(eq(visitPlanLines.planId, planId))
    .orderBy(asc(visitPlanLines.plannedOn), asc(visitPlanLines.position), asc(visitPlanLines.id));
}

/**
 * The plan's lines become `values`: a line named by id keeps its id (so a planned visit made from
 * it follows it), new lines are added, lines not named any more are removed. Returns the lines
 * before and after, and the ids removed. The caller audits.
 */
export async function replaceLines(
  tx: Tx,
  ctx: Ctx,
  planId: string,
  values: readonly LineValues[],
): Promise<{ before: LineRow[]; after: LineRow[]; removedIds: string[] }> {
  const at = ctx.clock.now();
  const before = await linesOf(tx, planId);
  const kept = new Set(values.flatMap((v) => (v.id ? [v.id] : [])));
  const removedIds = before.filter((l) => !kept.has(l.id)).map((l) => l.id);
  if (removedIds.length > 0) await tx.delete(visitPlanLines).where(inArray(visitPlanLines.id, removedIds));
  const added: (typeof visitPlanLines.$inferInsert)[] = [];
  for (const [position, v] of values.entries()) {
    const fields = {
      customerId: v.customerId,
      purpose: v.purpose,
      plannedOn: v.plannedOn,
      plannedMinutes: v.plannedMinutes,
      note: v.note,
      position,
      updatedAt: at,
    };
    if (v.id) {
      await tx
        .update(visitPlanLines)
        .set(fields)
        .where(and(eq(visitPlanLines.id, v.id), eq(visitPlanLines.planId, planId)));
    } else {
      added.push({ ...fields, planId, createdAt: at, createdBy: ctx.actor?.id ?? null });
    }
  }
  if (added.length > 0) await tx.insert(visitPlanLines).values(added);
  return { before, after: await linesOf(tx, planId), removedIds };
}
