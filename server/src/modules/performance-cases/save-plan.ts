import { eq, inArray, sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { closeStepDue } from './due-items.js';
import { getCase } from './queries.js';
import type { TCase, TPlanSave } from './schemas.js';
import { assertStep, caseForWrite, PERF_CASE_ENTITY } from './scope.js';
import { performanceCaseActions, performanceCases } from './tables.js';

/** Each action ends on or after it starts; each owner is an active user. */
async function checkActions(db: Parameters<typeof queryRows>[0], input: TPlanSave): Promise<void> {
  const fields: Record<string, { 'zh-CN': string; en: string }> = {};
  input.actions.forEach((a, i) => {
    if (a.dueOn < a.startOn)
      fields[`actions.${i}.dueOn`] = {
        'zh-CN': '完成日期不能早于开始日期',
        en: 'The due date cannot be before the start',
      };
  });
  const ids = [...new Set(input.actions.map((a) => a.ownerId))];
  const found = new Set(
    (
      await queryRows<{ id: string }>(
        db,
        sql`select id::text as id from users where status = 'active' and id in (${sql.join(
          ids.map((i) => sql`${i}::uuid`),
          sql`, `,
        )})`,
      )
    ).map((r) => r.id),
  );
  input.actions.forEach((a, i) => {
    if (!found.has(a.ownerId))
      fields[`actions.${i}.ownerId`] = { 'zh-CN': '没有这个在职人员', en: 'No such active person' };
  });
  if (Object.keys(fields).length > 0) throw appError('VALIDATION_FAILED', fields);
}

/**
 * INC-8 (改进计划): after the interview, the superior writes the improvement plan — actions, each
 * with an owner and dates — as a draft, or agreed: then the plan's due item closes and the case
 * moves on, to the outcome, or for a performance review to the review decision. The rows are
 * replaced as a whole. One transaction, audited.
 */
export async function saveCasePlan(ctx: Ctx, id: string, input: TPlanSave): Promise<TCase> {
  const actor = requireActor(ctx);
  const at = ctx.clock.now();
  await checkActions(ctx.db, input);
  await inTx(ctx, async (tx) => {
    const row = await caseForWrite(tx, actor, id);
    assertStep(row, 'plan');
    const before = await tx
      .select()
      .from(performanceCaseActions)
      .where(eq(performanceCaseActions.caseId, row.id));
    if (before.length > 0)
      await tx.delete(performanceCaseActions).where(
        inArray(
          performanceCaseActions.id,
          before.map((b) => b.id),
        ),
      );
    const rows = await tx
      .insert(performanceCaseActions)
      .values(
        input.actions.map((a, i) => ({
          ...a,
          caseId: row.id,
          seq: i + 1,
          createdAt: at,
          updatedAt: at,
          createdBy: actor.id,
        })),
      )
      .returning();
    const next = input.agreed ? (row.level === 'review' ? 'review' : 'outcome') : 'plan';
    await tx
      .update(performanceCases)
      .set({
        status: next,
        updatedAt: at,
        ...(input.agreed ? { planAgreedBy: actor.id, planAgreedAt: at } : {}),
      })
      .where(eq(performanceCases.id, row.id));
    if (input.agreed) await closeStepDue(tx, ctx, 'plan', row.id);
    await audit(tx, ctx, {
      entity: PERF_CASE_ENTITY,
      entityId: row.id,
      action: input.agreed ? 'perfCase.agreePlan' : 'perfCase.savePlan',
      before: { status: row.status, actions: before },
      after: { status: next, actions: rows },
    });
  });
  return getCase(ctx.db, actor, id);
}
