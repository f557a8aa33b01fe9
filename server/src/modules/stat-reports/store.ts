import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import type { Ctx } from '../../platform/context.js';
import type { TReportFigures, TReportKind } from './schemas.js';
import { statReports } from './tables.js';

/** The analysis as stored beside the figures. */
export interface StoredAnalysis {
  text: string;
  by: { id: string; username: string; displayName: string };
  at: string;
}

/** A report's `data`: the figures as generated, and the analysis written on them. */
export interface ReportData {
  figures: TReportFigures;
  analysis: StoredAnalysis | null;
}

export type ReportRow = typeof statReports.$inferSelect;

/**
 * OPS-4: keeps a generated report, one per kind, period and unit. A monthly report is made once:
 * when it exists already nothing changes and null comes back (the job's rerun). A weekly report
 * asked for again gets today's figures and keeps its analysis. Audited in the same transaction.
 */
export async function storeReport(
  tx: Tx,
  ctx: Ctx,
  r: {
    kind: TReportKind;
    period: string;
    unitId: string;
    figures: TReportFigures;
    requestedBy: string | null;
  },
): Promise<ReportRow | null> {
  const at = ctx.clock.now();
  const data: ReportData = { figures: r.figures, analysis: null };
  const values = {
    kind: r.kind,
    period: r.period,
    unitId: r.unitId,
    requestedBy: r.requestedBy,
    generatedAt: at,
    data,
    createdAt: at,
    createdBy: r.requestedBy,
    updatedAt: at,
  };
  if (r.kind === 'monthly') {
    const [row] = await tx.insert(statReports).values(values).onConflictDoNothing().returning();
    if (!row) return null;
    await audit(tx, ctx, {
      entity: 'stat_report',
      entityId: row.id,
      action: 'statReport.generate',
      after: meta(row),
    });
    return row;
  }
  const [before] = await tx
    .select()
    .from(statReports)
    .where(
      and(eq(statReports.kind, r.kind), eq(statReports.period, r.period), eq(statReports.unitId, r.unitId)),
    )
    .for('update');
  if (!before) {
    const [row] = await tx.insert(statReports).values(values).returning();
    await audit(tx, ctx, {
      entity: 'stat_report',
      entityId: row!.id,
      action: 'statReport.generate',
      after: meta(row!),
    });
    return row!;
  }
  const [row] = await tx
    .update(statReports)
    .set({
      requestedBy: r.requestedBy,
      generatedAt: at,
      data: sql`jsonb_set(${statReports.data}, '{figures}', ${JSON.stringify(r.figures)}::jsonb)`,
      updatedAt: at,
    })
    .where(eq(statReports.id, before.id))
    .returning();
  await audit(tx, ctx, {
    entity: 'stat_report',
    entityId: before.id,
    action: 'statReport.regenerate',
    before: meta(before),
    after: meta(row!),
  });
  return row!;
}

/** What the audit trail keeps of a report: which, when, by whom (the figures are in the row). */
export function meta(row: ReportRow) {
  return {
    kind: row.kind,
    period: row.period,
    unitId: row.unitId,
    requestedBy: row.requestedBy,
    generatedAt: row.generatedAt,
  };
}
