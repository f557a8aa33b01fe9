import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Actor, type Ctx, inTx, requireActor } from '../../platform/context.js';
import { companyToday } from '../../platform/deadlines/company-date.js';
import { appError } from '../../platform/errors.js';
import { closeLogDueItem } from './due-items.js';
import { logDueAt } from './due-time.js';
import { WORK_LOG_ENTITY, type WorkLogRow } from './log-scope.js';
import { myLogOf } from './queries.js';
import type { TWorkLog, TWorkLogFields, TWorkLogSave } from './schemas.js';
import { workLogRevisions, workLogs } from './tables.js';

const fieldsOf = (r: TWorkLogFields): TWorkLogFields => ({
  done: r.done,
  customerOpinions: r.customerOpinions,
  problems: r.problems,
  tomorrowPlan: r.tomorrowPlan,
});

const sameFields = (a: TWorkLogFields, b: TWorkLogFields) =>
  JSON.stringify(fieldsOf(a)) === JSON.stringify(fieldsOf(b));

async function insertLog(tx: Tx, ctx: Ctx, actor: Actor, day: string, input: TWorkLogSave, submit: boolean) {
  const now = ctx.clock.now();
  const due = await logDueAt(tx, actor.id, actor.unitId, day, now);
  const [row] = await tx
    .insert(workLogs)
    .values({
      userId: actor.id,
      unitId: actor.unitId,
      day,
      ...fieldsOf(input),
      status: submit ? 'submitted' : 'draft',
      submittedAt: submit ? now : null,
      reviewStatus: submit ? 'pending' : null,
      dueAt: due.dueAt,
      createdAt: now,
      updatedAt: now,
      createdBy: actor.id,
    })
    .returning();
  if (!row) throw new Error('work log insert failed');
  await audit(tx, ctx, {
    entity: WORK_LOG_ENTITY,
    entityId: row.id,
    action: submit ? 'worklog.submit' : 'worklog.save',
    after: row,
  });
}

/**
 * OPS-1: a submitted log changes. Before the day closes (its due time) it is simply updated; after,
 * the change needs a reason and is kept as a revision (before/after, who, when) — the original
 * stays readable. A change to an approved log puts it back in the supervisor's queue; a returned
 * log submitted again goes back into the queue.
 */
async function changeSubmitted(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  row: WorkLogRow,
  input: TWorkLogSave,
  submit: boolean,
) {
  if (submit && row.reviewStatus !== 'returned') throw appError('WORKLOG_ALREADY_SUBMITTED');
  const now = ctx.clock.now();
  const closed = now.getTime() > row.dueAt.getTime();
  const changed = !sameFields(row, input);
  if (closed && changed) {
    if (!input.reason) throw appError('WORKLOG_AMEND_REASON');
    await tx.insert(workLogRevisions).values({
      logId: row.id,
      before: fieldsOf(row),
      after: fieldsOf(input),
      reason: input.reason,
      changedBy: actor.id,
      changedAt: now,
    });
  }
  const reviewStatus = submit || (changed && row.reviewStatus === 'approved') ? 'pending' : row.reviewStatus;
  const [after] = await tx
    .update(workLogs)
    .set({ ...fieldsOf(input), reviewStatus, updatedAt: now })
    .where(eq(workLogs.id, row.id))
    .returning();
  await audit(tx, ctx, {
    entity: WORK_LOG_ENTITY,
    entityId: row.id,
    action: submit ? 'worklog.resubmit' : closed ? 'worklog.amend' : 'worklog.save',
    before: row,
    after: { ...after, reason: input.reason ?? null },
  });
}

/**
 * OPS-1: the rep saves (or, with `submit`, submits) their own log of a day — never a day to come.
 * Submitting closes the day's due item; the log then waits for the supervisor's review (OPS-7).
 */
export async function saveMyLog(
  ctx: Ctx,
  day: string,
  input: TWorkLogSave,
  submit: boolean,
): Promise<TWorkLog> {
  const actor = requireActor(ctx);
  if (day > (await companyToday(ctx.db, ctx.clock.now()))) throw appError('WORKLOG_FUTURE_DAY');
  if (submit && input.done.trim() === '') {
    throw appError('VALIDATION_FAILED', {
      done: { 'zh-CN': '提交前请填写今日完成的工作', en: 'Fill in what was done before submitting' },
    });
  }
  await inTx(ctx, async (tx) => {
    const [row] = await tx
      .select()
      .from(workLogs)
      .where(and(eq(workLogs.userId, actor.id), eq(workLogs.day, day)))
      .for('update');
    if (!row) await insertLog(tx, ctx, actor, day, input, submit);
    else if (row.status === 'submitted') await changeSubmitted(tx, ctx, actor, row, input, submit);
    else {
      const now = ctx.clock.now();
      const [after] = await tx
        .update(workLogs)
        .set({
          ...fieldsOf(input),
          ...(submit
            ? { status: 'submitted' as const, submittedAt: now, reviewStatus: 'pending' as const }
            : {}),
          updatedAt: now,
        })
        .where(eq(workLogs.id, row.id))
        .returning();
      await audit(tx, ctx, {
        entity: WORK_LOG_ENTITY,
        entityId: row.id,
        action: submit ? 'worklog.submit' : 'worklog.save',
        before: row,
        after,
      });
    }
    if (submit) await closeLogDueItem(tx, ctx, actor.id, day);
  });
  const log = await myLogOf(ctx.db, actor, day, ctx.clock.now());
  if (!log) throw new Error('work log missing after save');
  return log;
}
