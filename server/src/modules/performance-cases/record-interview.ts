import { eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { localDate } from '../../platform/deadlines/calendar.js';
import { appError } from '../../platform/errors.js';
import { users } from '../../platform/org/tables.js';
import { closeStepDue, openStepDue } from './due-items.js';
import { getCase } from './queries.js';
import type { TCase, TInterview } from './schemas.js';
import { assertStep, caseForWrite, PERF_CASE_ENTITY } from './scope.js';
import { performanceCases } from './tables.js';

/**
 * INC-8 (约谈): a superior over the person records the interview — the day it was held (not in the
 * future) and the notes. The interview's due item closes; the improvement plan is due from now in
 * cases.planDays working days, for whoever recorded the interview. One transaction, audited.
 */
export async function recordInterview(ctx: Ctx, id: string, input: TInterview): Promise<TCase> {
  const actor = requireActor(ctx);
  const at = ctx.clock.now();
  const today = localDate(at, await readCompanyTimeZone(ctx.db, at));
  if (input.heldOn > today) {
    throw appError('VALIDATION_FAILED', {
      heldOn: { 'zh-CN': '约谈日期不能晚于今天', en: 'The interview cannot be dated after today' },
    });
  }
  await inTx(ctx, async (tx) => {
    const row = await caseForWrite(tx, actor, id);
    assertStep(row, 'interview');
    const [after] = await tx
      .update(performanceCases)
      .set({
        status: 'plan',
        interviewOn: input.heldOn,
        interviewNotes: input.notes,
        interviewedBy: actor.id,
        interviewedAt: at,
        updatedAt: at,
      })
      .where(eq(performanceCases.id, row.id))
      .returning();
    const [person] = await tx
      .select({ name: users.displayName })
      .from(users)
      .where(eq(users.id, row.personId));
    await closeStepDue(tx, ctx, 'interview', row.id);
    await openStepDue(tx, ctx, 'plan', {
      caseId: row.id,
      ownerId: actor.id,
      ownerUnitId: actor.unitId,
      personName: person!.name,
      month: row.month,
    });
    await audit(tx, ctx, {
      entity: PERF_CASE_ENTITY,
      entityId: row.id,
      action: 'perfCase.interview',
      before: { status: row.status },
      after: {
        status: after!.status,
        interviewOn: after!.interviewOn,
        interviewNotes: after!.interviewNotes,
      },
    });
  });
  return getCase(ctx.db, actor, id);
}
