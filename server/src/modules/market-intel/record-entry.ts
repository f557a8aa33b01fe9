import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { entryColumns, resolveLinks } from './links.js';
import { getEntry } from './queries.js';
import type { TEntry, TEntryInput } from './schemas.js';
import { MARKET_INTEL_ENTITY } from './scope.js';
import { marketIntelEntries } from './tables.js';
import { onCustomerTimeline } from './timeline.js';

/**
 * OPS-10: a piece of market information, recorded by its writer (who owns it), linked to a
 * customer and/or a visit they may read; on the customer's timeline when linked; audited.
 */
export async function recordEntry(ctx: Ctx, input: TEntryInput): Promise<TEntry> {
  const actor = requireActor(ctx);
  const id = await inTx(ctx, async (tx) => {
    const links = await resolveLinks(tx, actor, input);
    const at = ctx.clock.now();
    const [row] = await tx
      .insert(marketIntelEntries)
      .values({
        ...entryColumns(input, links),
        userId: actor.id,
        unitId: actor.unitId,
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .returning();
    await audit(tx, ctx, {
      entity: MARKET_INTEL_ENTITY,
      entityId: row!.id,
      action: 'marketIntel.create',
      after: row,
    });
    await onCustomerTimeline(tx, ctx, row!, actor.displayName);
    return row!.id;
  });
  return getEntry(ctx, id);
}
