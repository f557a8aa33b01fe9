import { and, eq, sql } from 'drizzle-orm';
import { scopeCondition } from '../../platform/access/scopes.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { units } from '../../platform/org/tables.js';
import { generateDayReports } from './generate-reports.js';
import { companyToday } from './queries.js';

/**
 * OPS-2: today's reports of a unit (each rep's and the unit's) generated now, on demand — by
 * someone who writes reports there (daily_report:write; the holder's own unit for a person-wide
 * grant). Another unit answers 404.
 */
export function generateReportsNow(
  ctx: Ctx,
  input: { unitId?: string | undefined },
): Promise<{ generated: number }> {
  const actor = requireActor(ctx);
  const unitId = input.unitId ?? actor.unitId;
  const scope = actor.permissions['daily_report:write'];
  const inScope =
    scope === 'own' || scope === 'subordinates'
      ? sql`${units.id} = ${actor.unitId}`
      : scopeCondition(actor, 'daily_report:write', { owner: sql`null::uuid`, unit: units.id });
  return inTx(ctx, async (tx) => {
    const [unit] = await tx
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.id, unitId), inScope));
    if (!unit) throw appError('NOT_FOUND');
    const day = await companyToday(tx, ctx.clock.now());
    return { generated: await generateDayReports(tx, ctx, { day, unitIds: [unit.id] }) };
  });
}
