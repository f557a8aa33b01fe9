import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client.js';
import { audit } from '../../../platform/audit/audit.js';
import type { Ctx } from '../../../platform/context.js';
import { companyTimeZone } from '../../../platform/deadlines/policies.js';
import { on } from '../../../platform/events/domain-events.js';
import { readPolicy } from '../../../platform/policies/read.js';
import { customers } from '../../customers/index.js';
import { visitReports } from '../tables.js';
import { type VisitDone, visitDone } from '../visit-events.js';
import { openReportDueItem, reportDueAt, VISIT_REPORT, visitDateOf } from './due.js';
import { visitReportDays } from './policies.js';

type ReportRow = typeof visitReports.$inferSelect;

/**
 * VIS-5: a visit was made — its report (客户拜访报告) is opened as a draft for the rep, due within
 * visit.reportDays calendar or working days (visit.reportDayKind) of the visit, by the end of that
 * day in the company time zone; the due time is kept on the report (on-time figures) and the
 * rep's due item escalates by the VIS-5 ladder. Runs in the check-out's transaction; a visit that
 * already has its report keeps it.
 */
export async function openVisitReport(tx: Tx, ctx: Ctx, visit: VisitDone): Promise<ReportRow> {
  const [existing] = await tx.select().from(visitReports).where(eq(visitReports.visitId, visit.visitId));
  if (existing) return existing;
  const now = ctx.clock.now();
  const days = await readPolicy(tx, visitReportDays, visit.checkOutAt, visit.unitId);
  const due = await reportDueAt(tx, visit.checkOutAt, days, visit.unitId);
  const [row] = await tx
    .insert(visitReports)
    .values({
      visitId: visit.visitId,
      authorId: visit.repId,
      status: 'draft',
      dueAt: due.dueAt,
      createdAt: now,
      updatedAt: now,
      createdBy: ctx.actor?.id ?? null,
    })
    .returning();
  if (!row) throw new Error('visit report insert failed');
  const [customer] = await tx
    .select({ name: customers.name })
    .from(customers)
    .where(eq(customers.id, visit.customerId));
  const tz = await readPolicy(tx, companyTimeZone, now);
  await openReportDueItem(
    tx,
    ctx,
    row,
    {
      unitId: visit.unitId,
      customerName: customer?.name ?? '',
      visitDate: visitDateOf(visit.checkOutAt, tz),
    },
    due,
  );
  await audit(tx, ctx, { entity: VISIT_REPORT, entityId: row.id, action: 'visitReport.open', after: row });
  return row;
}

/** VIS-5: the report part's handler of `visit.done` (emitted in the check-out's transaction). */
export const openReportOnVisitDone = on(visitDone, async (tx, ctx, visit) => {
  await openVisitReport(tx, ctx, visit);
});
