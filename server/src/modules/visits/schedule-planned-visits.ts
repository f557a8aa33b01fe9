import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { type AuditEntry, auditMany } from '../../platform/audit/audit.js';
import type { Ctx } from '../../platform/context.js';
import { VISIT_SUBJECT } from './subject.js';
import { visits } from './tables.js';

/** An approved line of a monthly visit plan (VIS-1), as the visit-plans module hands it over. */
export interface PlannedVisitLine {
  lineId: string;
  customerId: string;
  purpose: string;
  plannedOn: string;
  plannedMinutes: number;
  note: string | null;
}

export interface PlannedVisitsOfPlan {
  repId: string;
  unitId: string;
  /** The lines to schedule: every line of a plan just approved, or those an approved change made or altered. */
  lines: readonly PlannedVisitLine[];
  /** Lines the plan had before an approved change and no longer has. */
  removedLineIds?: readonly string[];
}

/**
 * VIS-1/VIS-2: the approved lines of a rep's plan become planned visits, one per line. After an
 * approved change, a line's visit that has not been prepared or made yet follows the line (date,
 * hours, purpose, customer), and the visit of a line taken out of the plan is cancelled; a visit
 * already under way or done is left as it is. Runs in the caller's transaction, audited.
 */
export async function schedulePlannedVisits(tx: Tx, ctx: Ctx, plan: PlannedVisitsOfPlan): Promise<void> {
  const now = ctx.clock.now();
  const entries: AuditEntry[] = [];
  const lineIds = plan.lines.map((l) => l.lineId);
  const existing = lineIds.length
    ? await tx.select().from(visits).where(inArray(visits.planLineId, lineIds))
    : [];
  const byLine = new Map(existing.map((v) => [v.planLineId, v]));
  for (const line of plan.lines) {
    const fields = {
      customerId: line.customerId,
      purpose: line.purpose,
      plannedOn: line.plannedOn,
      plannedMinutes: line.plannedMinutes,
      note: line.note,
    };
    const visit = byLine.get(line.lineId);
    if (!visit) {
      const [row] = await tx
        .insert(visits)
        .values({
          ...fields,
          repId: plan.repId,
          unitId: plan.unitId,
          planLineId: line.lineId,
          status: 'planned',
          createdAt: now,
          updatedAt: now,
          createdBy: ctx.actor?.id ?? null,
        })
        .returning();
      if (!row) throw new Error('visit insert failed');
      entries.push({ entity: VISIT_SUBJECT, entityId: row.id, action: 'visit.schedule', after: row });
    } else if (visit.status === 'planned') {
      // Only while still untouched: a visit prepared or begun in the meantime keeps its details.
      const [row] = await tx
        .update(visits)
        .set({ ...fields, updatedAt: now })
        .where(and(eq(visits.id, visit.id), eq(visits.status, 'planned')))
        .returning();
      if (row) {
        entries.push({
          entity: VISIT_SUBJECT,
          entityId: visit.id,
          action: 'visit.reschedule',
          before: visit,
          after: row,
        });
      }
    }
  }
  if (plan.removedLineIds?.length) {
    const gone = await tx
      .update(visits)
      .set({ status: 'cancelled', cancelReason: 'plan_changed', updatedAt: now })
      .where(and(inArray(visits.planLineId, [...plan.removedLineIds]), eq(visits.status, 'planned')))
      .returning();
    for (const row of gone) {
      entries.push({ entity: VISIT_SUBJECT, entityId: row.id, action: 'visit.unschedule', after: row });
    }
  }
  await auditMany(tx, ctx, entries);
}
