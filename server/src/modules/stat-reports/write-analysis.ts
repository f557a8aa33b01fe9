import { and, eq, sql } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { getStatReport } from './queries.js';
import type { TStatReport } from './schemas.js';
import { reportReadScope, unitGenerateScope } from './scope.js';
import type { ReportData, StoredAnalysis } from './store.js';
import { statReports } from './tables.js';

/**
 * OPS-4 (交及主管作完分析报告后上报经理): the analysis written on a report — by someone who may
 * produce its unit's statistics (stat_report:generate over the unit; outside it, 404). Blank
 * clears it. The figures stay as generated; the old and new analysis are in the audit row.
 */
export function writeAnalysis(ctx: Ctx, id: string, input: { analysis: string }): Promise<TStatReport> {
  const actor = requireActor(ctx);
  if (!isUuid(id)) throw appError('NOT_FOUND');
  return inTx(ctx, async (tx) => {
    const [row] = await tx
      .select()
      .from(statReports)
      .where(
        and(
          eq(statReports.id, id),
          reportReadScope(actor),
          unitGenerateScope(actor, sql`${statReports.unitId}`),
        ),
      )
      .for('update');
    if (!row) throw appError('NOT_FOUND');
    const at = ctx.clock.now();
    const before = (row.data as ReportData).analysis ?? null;
    const analysis: StoredAnalysis | null = input.analysis
      ? {
          text: input.analysis,
          by: { id: actor.id, username: actor.username, displayName: actor.displayName },
          at: at.toISOString(),
        }
      : null;
    await tx
      .update(statReports)
      .set({
        data: sql`jsonb_set(${statReports.data}, '{analysis}', ${JSON.stringify(analysis)}::jsonb)`,
        updatedAt: at,
      })
      .where(eq(statReports.id, id));
    await audit(tx, ctx, {
      entity: 'stat_report',
      entityId: id,
      action: 'statReport.analyse',
      before: { analysis: before },
      after: { analysis },
    });
    return getStatReport(tx, ctx, id);
  });
}
