import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { auditMany } from '../../platform/audit/audit.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import type { Ctx } from '../../platform/context.js';
import { type LocalDate, localDate } from '../../platform/deadlines/calendar.js';
import { dayFigures, unitsWithReps } from './day-figures.js';
import type { TDayFigures } from './schemas.js';
import { dailyReports } from './tables.js';

/**
 * OPS-2: the day's reports — each rep's and each unit's — generated from the records in the
 * caller's transaction: a missing report is made, an existing one has its figures generated again
 * while its day is not over (today or later in company time); a past day's report is archived and
 * stays as it stands (a missing one is still made, so a later day can read it). The notes and the
 * review are never touched. Returns how many reports were written.
 */
export async function generateDayReports(
  tx: Tx,
  ctx: Ctx,
  q: { day: LocalDate; unitIds?: readonly string[] },
): Promise<number> {
  const now = ctx.clock.now();
  const tz = await readCompanyTimeZone(tx, now);
  const archived = q.day < localDate(now, tz);
  const unitIds = await unitsWithReps(tx, q.unitIds);
  if (unitIds.length === 0) return 0;
  const figures = await dayFigures(tx, { day: q.day, unitIds, tz });
  const existing = await tx
    .select({ id: dailyReports.id, userId: dailyReports.userId, unitId: dailyReports.unitId })
    .from(dailyReports)
    .where(and(eq(dailyReports.day, q.day), inArray(dailyReports.unitId, unitIds)));
  const personRow = new Map(existing.filter((e) => e.userId).map((e) => [e.userId!, e.id]));
  const unitRow = new Map(existing.filter((e) => !e.userId).map((e) => [e.unitId, e.id]));
  const wanted: { userId: string | null; unitId: string; figures: TDayFigures; id: string | undefined }[] = [
    ...figures.people.map((p) => ({ ...p, id: personRow.get(p.userId) })),
    ...[...figures.units].map(([unitId, f]) => ({
      userId: null,
      unitId,
      figures: f,
      id: unitRow.get(unitId),
    })),
  ];
  const writes = wanted.filter((w) => w.id === undefined || !archived);
  const entries = [];
  for (const w of writes) {
    if (w.id) {
      await tx
        .update(dailyReports)
        .set({ figures: w.figures, generatedAt: now, updatedAt: now })
        .where(eq(dailyReports.id, w.id));
      entries.push({
        entity: 'daily_report',
        entityId: w.id,
        action: 'dailyReport.regenerate',
        after: w.figures,
      });
    } else {
      const [row] = await tx
        .insert(dailyReports)
        .values({
          userId: w.userId,
          unitId: w.unitId,
          day: q.day,
          figures: w.figures,
          generatedAt: now,
          createdAt: now,
          updatedAt: now,
          createdBy: ctx.actor?.id ?? null,
        })
        .returning({ id: dailyReports.id });
      entries.push({
        entity: 'daily_report',
        entityId: row!.id,
        action: 'dailyReport.generate',
        after: w.figures,
      });
    }
  }
  await auditMany(tx, ctx, entries);
  return writes.length;
}

/**
 * OPS-6: the unit's report of a day (its figures as generated), made now if it was never
 * generated — what the morning meeting shows as yesterday's figures.
 */
export async function unitDayReport(
  tx: Tx,
  ctx: Ctx,
  unitId: string,
  day: LocalDate,
): Promise<{ id: string; day: LocalDate; figures: TDayFigures } | null> {
  const find = () =>
    tx
      .select({ id: dailyReports.id, figures: dailyReports.figures })
      .from(dailyReports)
      .where(and(eq(dailyReports.unitId, unitId), eq(dailyReports.day, day), isNull(dailyReports.userId)));
  let [row] = await find();
  if (!row) {
    await generateDayReports(tx, ctx, { day, unitIds: [unitId] });
    [row] = await find();
  }
  return row ? { id: row.id, day, figures: row.figures as TDayFigures } : null;
}
