import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { DAY_SUMMARY_ENTITY } from './events.js';
import { getDaySummary } from './queries.js';
import type { TDaySummary } from './schemas.js';
import { summaryScope } from './scope.js';
import { daySummaries } from './tables.js';

/** The assistant's own summary in their send scope, locked (404 otherwise; 409 once sent). */
export async function lockOwnUnsent(tx: Tx, ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await tx
    .select()
    .from(daySummaries)
    .where(
      and(
        eq(daySummaries.id, id),
        eq(daySummaries.assistantId, actor.id),
        summaryScope(actor, 'day_summary:send'),
      ),
    )
    .for('update');
  if (!row) throw appError('NOT_FOUND');
  if (row.status === 'sent') throw appError('DAY_SUMMARY_SENT');
  return row;
}

/** OPS-3: the assistant reviews the summary and keeps remarks before sending it. */
export function saveDaySummaryRemarks(
  ctx: Ctx,
  id: string,
  input: { remarks: string },
): Promise<TDaySummary> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const row = await lockOwnUnsent(tx, ctx, id);
    const at = ctx.clock.now();
    await tx
      .update(daySummaries)
      .set({ remarks: input.remarks, updatedAt: at })
      .where(eq(daySummaries.id, row.id));
    await audit(tx, ctx, {
      entity: DAY_SUMMARY_ENTITY,
      entityId: row.id,
      action: 'daySummary.remarks',
      before: { remarks: row.remarks },
      after: { remarks: input.remarks },
    });
    return getDaySummary(tx, actor, row.id);
  });
}
