import { and, eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { companyToday } from '../../platform/deadlines/company-date.js';
import { appError } from '../../platform/errors.js';
import { notify } from '../../platform/notifications/notify.js';
import type { PeopleRule } from '../../platform/org/resolve-people.js';
import { resolvePeople } from '../../platform/org/resolve-people.js';
import { monthCodeOf } from '../../platform/periods/periods.js';
import { readPolicy } from '../../platform/policies/read.js';
import { closeSummaryDueItem, summaryDueOn } from './due-items.js';
import { summaryLink, summarySubmittedEvent } from './events.js';
import { summaryReaders } from './policies.js';
import type { TSummary, TSummaryFields, TSummaryMonth } from './schemas.js';
import { prefillResults } from './summary-prefill.js';
import { getSummary, mySummaryOf } from './summary-queries.js';
import { SUMMARY_ENTITY } from './summary-scope.js';
import { monthSummaries } from './tables.js';

async function assertMonthBegun(ctx: Ctx, month: string): Promise<void> {
  const today = await companyToday(ctx.db, ctx.clock.now());
  if (month > monthCodeOf(today)) throw appError('SUMMARY_MONTH_NOT_OVER');
}

/** OPS-7: my summary of a month as the form opens it: the summary, its due date, the team's results. */
export async function mySummaryMonth(ctx: Ctx, month: string): Promise<TSummaryMonth> {
  const actor = requireActor(ctx);
  await assertMonthBegun(ctx, month);
  const now = ctx.clock.now();
  const [summary, dueOn, prefill] = await Promise.all([
    mySummaryOf(ctx.db, actor, month),
    summaryDueOn(ctx.db, month, actor.unitId, now),
    prefillResults(ctx.db, actor.id, month, now, ctx.lang),
  ]);
  return { month, dueOn, summary, prefill };
}

/**
 * OPS-7: the supervisor saves (or with `submit` submits) the summary of a month. Submitting closes
 * the due item and asks the readers (supervision.summaryReaders, default the direct superior) to read it.
 */
export async function saveSummary(
  ctx: Ctx,
  month: string,
  input: TSummaryFields,
  submit: boolean,
): Promise<TSummary> {
  const actor = requireActor(ctx);
  await assertMonthBegun(ctx, month);
  if (submit && input.results.trim() === '') {
    throw appError('VALIDATION_FAILED', {
      results: { 'zh-CN': '提交前请填写本月业绩', en: "Fill in the month's results before submitting" },
    });
  }
  const id = await inTx(ctx, async (tx) => {
    const now = ctx.clock.now();
    const [before] = await tx
      .select()
      .from(monthSummaries)
      .where(and(eq(monthSummaries.authorId, actor.id), eq(monthSummaries.month, month)))
      .for('update');
    if (before && before.status !== 'draft') throw appError('SUMMARY_SUBMITTED');
    const values = {
      results: input.results,
      problems: input.problems,
      nextPlan: input.nextPlan,
      ...(submit ? { status: 'submitted' as const, submittedAt: now } : {}),
      updatedAt: now,
    };
    const [after] = before
      ? await tx.update(monthSummaries).set(values).where(eq(monthSummaries.id, before.id)).returning()
      : await tx
          .insert(monthSummaries)
          .values({
            ...values,
            authorId: actor.id,
            unitId: actor.unitId,
            month,
            createdAt: now,
            createdBy: actor.id,
          })
          .returning();
    if (!after) throw new Error('summary write failed');
    await audit(tx, ctx, {
      entity: SUMMARY_ENTITY,
      entityId: after.id,
      action: submit ? 'monthSummary.submit' : 'monthSummary.save',
      before: before ?? null,
      after,
    });
    if (submit) {
      await closeSummaryDueItem(tx, ctx, actor.id, month);
      const chain = await readPolicy(tx, summaryReaders, now, actor.unitId);
      const first = chain[0];
      const readers = first
        ? await resolvePeople(
            tx,
            first as PeopleRule,
            { userId: actor.id, unitId: actor.unitId },
            { excluding: actor.id },
          )
        : { userIds: [] };
      for (const userId of readers.userIds) {
        await notify(tx, ctx, {
          userId,
          event: summarySubmittedEvent.key,
          title: {
            'zh-CN': `月度总结待阅：${actor.displayName} 的 ${month} 月度总结`,
            en: `Monthly summary to read: ${actor.displayName}, ${month}`,
          },
          subjectType: SUMMARY_ENTITY,
          subjectId: after.id,
          link: summaryLink(after.id),
        });
      }
    }
    return after.id;
  });
  return getSummary(ctx.db, actor, id);
}

/** OPS-7: the manager above marks a submitted summary read (not their own; 404 outside scope). */
export async function markSummaryRead(ctx: Ctx, id: string): Promise<TSummary> {
  const actor = requireActor(ctx);
  const current = await getSummary(ctx.db, actor, id);
  if (current.author.id === actor.id) throw appError('SUMMARY_OWN');
  if (current.status !== 'submitted') throw appError('SUMMARY_NOT_SUBMITTED');
  await inTx(ctx, async (tx) => {
    const now = ctx.clock.now();
    const [after] = await tx
      .update(monthSummaries)
      .set({ status: 'read', readerId: actor.id, readAt: now, updatedAt: now })
      .where(and(eq(monthSummaries.id, id), eq(monthSummaries.status, 'submitted')))
      .returning();
    if (!after) throw appError('SUMMARY_NOT_SUBMITTED');
    await audit(tx, ctx, { entity: SUMMARY_ENTITY, entityId: id, action: 'monthSummary.read', after });
  });
  return getSummary(ctx.db, actor, id);
}
