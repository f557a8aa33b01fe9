import { and, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { type Actor, type Ctx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { units, users } from '../../platform/org/tables.js';
import { period } from '../../platform/periods/periods.js';
import { iso, isUuid } from '../../platform/schemas.js';
import type { TStatReport, TStatReportQuery, TStatReportSummary } from './schemas.js';
import { reportReadScope, unitGenerateScope } from './scope.js';
import type { ReportData } from './store.js';
import { statReports } from './tables.js';

const requester = alias(users, 'requester');

function selectReports(db: DbOrTx, actor: Actor) {
  return db
    .select({
      r: statReports,
      unitName: units.name,
      requesterUsername: requester.username,
      requesterName: requester.displayName,
      analysedAt: sql<string | null>`${statReports.data} #>> '{analysis,at}'`,
      canAnalyse: sql<boolean>`(${unitGenerateScope(actor, sql`${statReports.unitId}`)})`,
    })
    .from(statReports)
    .innerJoin(units, eq(units.id, statReports.unitId))
    .leftJoin(requester, eq(requester.id, statReports.requestedBy));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectReports>['where']>>[number];

function toSummary(row: Row): TStatReportSummary {
  const p = period(row.r.period);
  return {
    id: row.r.id,
    kind: row.r.kind,
    period: row.r.period,
    from: p.from,
    to: p.to,
    unit: { id: row.r.unitId, name: row.unitName },
    generatedAt: iso(row.r.generatedAt),
    requestedBy:
      row.r.requestedBy && row.requesterUsername && row.requesterName
        ? { id: row.r.requestedBy, username: row.requesterUsername, displayName: row.requesterName }
        : null,
    analysedAt: row.analysedAt ? new Date(row.analysedAt).toISOString() : null,
  };
}

/** OPS-4: the reports the actor may read, filtered by kind, period and unit; paged and sorted in SQL. */
export function listStatReports(ctx: Ctx, q: TStatReportQuery) {
  const actor = requireActor(ctx);
  const filters: (SQL | undefined)[] = [
    q.kind ? eq(statReports.kind, q.kind) : undefined,
    q.period ? eq(statReports.period, q.period) : undefined,
    q.unitId ? eq(statReports.unitId, q.unitId) : undefined,
  ];
  return listPage({
    db: ctx.db,
    rows: selectReports(ctx.db, actor).$dynamic(),
    count: ctx.db.select().from(statReports).$dynamic(),
    scope: reportReadScope(actor),
    filters,
    sort: {
      keys: { generatedAt: statReports.generatedAt, period: statReports.period, unit: units.name },
      default: 'generatedAt',
      order: 'desc',
      tieBreaker: statReports.id,
    },
    query: q,
    toItems: async (rows) => rows.map(toSummary),
  });
}

/** One report the actor may read, with its figures and analysis (404 outside scope). */
export async function getStatReport(db: DbOrTx, ctx: Ctx, id: string): Promise<TStatReport> {
  const actor = requireActor(ctx);
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await selectReports(db, actor).where(and(eq(statReports.id, id), reportReadScope(actor)));
  if (!row) throw appError('NOT_FOUND');
  const data = row.r.data as ReportData;
  return {
    ...toSummary(row),
    figures: data.figures,
    analysis: data.analysis ?? null,
    canAnalyse: row.canAnalyse === true,
  };
}
