import { and, eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { readPolicy } from '../../platform/policies/read.js';
import { isUuid } from '../../platform/schemas.js';
import { entryColumns, resolveLinks } from './links.js';
import { editDays } from './policies.js';
import { editableUntil, getEntry } from './queries.js';
import type { TEntry, TEntryInput } from './schemas.js';
import { entryAboveScope, entryReadScope, MARKET_INTEL_ENTITY } from './scope.js';
import { marketIntelEntries } from './tables.js';
import { onCustomerTimeline } from './timeline.js';

/**
 * OPS-10: the writer changes their entry within marketIntel.editDays of recording it; those
 * above them (market_intel:write over the writer) at any time. Outside the read scope 404;
 * readable but not changeable 404 as well. Audited with before and after.
 */
export async function updateEntry(ctx: Ctx, id: string, input: TEntryInput): Promise<TEntry> {
  const actor = requireActor(ctx);
  if (!isUuid(id)) throw appError('NOT_FOUND');
  await inTx(ctx, async (tx) => {
    const [row] = await tx
      .select()
      .from(marketIntelEntries)
      .where(and(eq(marketIntelEntries.id, id), entryReadScope(actor)))
      .for('update');
    if (!row) throw appError('NOT_FOUND');
    if (row.userId === actor.id) {
      if (ctx.clock.now() > (await editableUntil(tx, row))) {
        const days = await readPolicy(tx, editDays, row.createdAt, row.unitId);
        throw appError('MARKET_INTEL_EDIT_CLOSED', undefined, { days });
      }
    } else {
      const [above] = await tx
        .select({ id: marketIntelEntries.id })
        .from(marketIntelEntries)
        .where(and(eq(marketIntelEntries.id, id), entryAboveScope(actor)));
      if (!above) throw appError('NOT_FOUND');
    }
    const links = await resolveLinks(tx, actor, input);
    const [after] = await tx
      .update(marketIntelEntries)
      .set({
        ...entryColumns(input, links),
        updatedAt: ctx.clock.now(),
      })
      .where(eq(marketIntelEntries.id, id))
      .returning();
    await audit(tx, ctx, {
      entity: MARKET_INTEL_ENTITY,
      entityId: id,
      action: 'marketIntel.update',
      before: row,
      after,
    });
    if (after!.customerId && after!.customerId !== row.customerId)
      await onCustomerTimeline(tx, ctx, after!, actor.displayName);
  });
  return getEntry(ctx, id);
}
