import { and, asc, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { containsPattern } from '../../db/like.js';
import { auditLog } from '../../platform/audit/tables.js';
import { type Actor, type Ctx, requireActor } from '../../platform/context.js';
import { companyToday } from '../../platform/deadlines/company-date.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { units, users } from '../../platform/org/tables.js';
import { iso, isoOrNull, isUuid } from '../../platform/schemas.js';
import { customers } from '../customers/index.js';
import type { TRisk, TRiskExportQuery, TRiskHeatmap, TRiskQuery, TRiskRow } from './schemas.js';
import {
  type LevelBands,
  levelOf,
  levelSql,
  RISK_ENTITY,
  readBands,
  riskManageable,
  riskReadable,
  scoreSql,
} from './scope.js';
import { riskReviews, risks } from './tables.js';

const owner = alias(users, 'risk_owner');

function selectRisks(db: DbOrTx) {
  return db
    .select({
      r: risks,
      ownerUsername: owner.username,
      ownerName: owner.displayName,
      unitName: units.name,
      customerName: customers.name,
    })
    .from(risks)
    .innerJoin(owner, eq(owner.id, risks.ownerId))
    .innerJoin(units, eq(units.id, risks.unitId))
    .leftJoin(customers, eq(customers.id, risks.customerId));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectRisks>['where']>>[number];

const toRow =
  (bands: LevelBands, today: string) =>
  ({ r, ...x }: Row): TRiskRow => ({
    id: r.id,
    number: r.number,
    title: r.title,
    category: r.category,
    likelihood: r.likelihood,
    impact: r.impact,
    score: r.likelihood * r.impact,
    level: levelOf(r.likelihood * r.impact, bands),
    owner: { id: r.ownerId, username: x.ownerUsername, displayName: x.ownerName },
    unit: { id: r.unitId, name: x.unitName },
    reviewOn: r.reviewOn,
    reviewOverdue: r.status !== 'closed' && r.reviewOn < today,
    status: r.status,
    source: r.source,
    signal: r.signal,
    customer: r.customerId && x.customerName ? { id: r.customerId, name: x.customerName } : null,
    createdAt: iso(r.createdAt),
    closedAt: isoOrNull(r.closedAt),
  });

/** The list's filters as SQL (the level under the bands in force). */
const filtersOf = (q: TRiskExportQuery, bands: LevelBands): (SQL | undefined)[] => [
  q.category ? eq(risks.category, q.category) : undefined,
  q.level ? sql`${levelSql(bands)} = ${q.level}` : undefined,
  q.status ? eq(risks.status, q.status) : undefined,
  q.active === 'true' ? sql`${risks.status} <> 'closed'` : undefined,
  q.active === 'false' ? eq(risks.status, 'closed') : undefined,
  q.source ? eq(risks.source, q.source) : undefined,
  q.ownerId ? eq(risks.ownerId, q.ownerId) : undefined,
  q.customerId ? eq(risks.customerId, q.customerId) : undefined,
  q.likelihood ? eq(risks.likelihood, q.likelihood) : undefined,
  q.impact ? eq(risks.impact, q.impact) : undefined,
  q.q
    ? or(
        ilike(risks.title, containsPattern(q.q)),
        ilike(risks.number, containsPattern(q.q)),
        ilike(customers.name, containsPattern(q.q)),
      )
    : undefined,
];

const sortKeys = {
  score: scoreSql,
  reviewOn: risks.reviewOn,
  number: risks.number,
  createdAt: risks.createdAt,
};

/** RISK-1/ORG-5: the register in risk:read's scope (or owned), paged, sorted and filtered in SQL. */
export async function listRisks(ctx: Ctx, q: TRiskQuery) {
  const actor = requireActor(ctx);
  const now = ctx.clock.now();
  const [bands, today] = await Promise.all([readBands(ctx.db, now), companyToday(ctx.db, now)]);
  return listPage({
    db: ctx.db,
    rows: selectRisks(ctx.db).$dynamic(),
    count: ctx.db.select().from(risks).leftJoin(customers, eq(customers.id, risks.customerId)).$dynamic(),
    scope: riskReadable(actor),
    filters: filtersOf(q, bands),
    sort: { keys: sortKeys, default: 'score', order: 'desc', tieBreaker: risks.id },
    query: q,
    toItems: async (rows) => rows.map(toRow(bands, today)),
  });
}

/** The rows of an export: the list's scope and filters, without paging. */
export async function riskRowsFor(ctx: Ctx, q: TRiskExportQuery, limit: number) {
  const actor = requireActor(ctx);
  const now = ctx.clock.now();
  const [bands, today] = await Promise.all([readBands(ctx.db, now), companyToday(ctx.db, now)]);
  const rows = await selectRisks(ctx.db)
    .where(and(riskReadable(actor), ...filtersOf(q, bands)))
    .orderBy(q.order === 'asc' ? asc(sortKeys[q.sort]) : desc(sortKeys[q.sort]), risks.id)
    .limit(limit);
  return rows.map(toRow(bands, today));
}

/** RISK-1: the 5×5 heat map of the risks not closed in the actor's scope. */
export async function riskHeatmap(ctx: Ctx): Promise<TRiskHeatmap> {
  const actor = requireActor(ctx);
  const bands = await readBands(ctx.db, ctx.clock.now());
  const rows = await ctx.db
    .select({ likelihood: risks.likelihood, impact: risks.impact, count: sql<number>`count(*)::int` })
    .from(risks)
    .where(and(riskReadable(actor), sql`${risks.status} <> 'closed'`))
    .groupBy(risks.likelihood, risks.impact);
  const cells: TRiskHeatmap['cells'] = [];
  for (let likelihood = 1; likelihood <= 5; likelihood++)
    for (let impact = 1; impact <= 5; impact++) {
      const found = rows.find((r) => r.likelihood === likelihood && r.impact === impact);
      cells.push({
        likelihood,
        impact,
        count: Number(found?.count ?? 0),
        level: levelOf(likelihood * impact, bands),
      });
    }
  return { cells, bands, total: cells.reduce((n, c) => n + c.count, 0) };
}

/** A risk the actor may read, locked for a change in the caller's transaction (else 404). */
export async function riskForChange(tx: DbOrTx, actor: Actor, id: string) {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await tx
    .select({
      r: risks,
      manage: sql<boolean>`(${riskManageable(actor)})`,
    })
    .from(risks)
    .where(and(eq(risks.id, id), riskReadable(actor)))
    .for('update', { of: risks });
  if (!row) throw appError('NOT_FOUND');
  return { risk: row.r, manage: row.manage === true, owner: row.r.ownerId === actor.id };
}

/** RISK-1: one risk the actor may read (else 404), with its reviews and its history of changes. */
export async function getRisk(db: DbOrTx, actor: Actor, id: string, now: Date): Promise<TRisk> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await selectRisks(db)
    .where(and(eq(risks.id, id), riskReadable(actor)))
    .limit(1);
  if (!row) throw appError('NOT_FOUND');
  const [bands, today] = await Promise.all([readBands(db, now), companyToday(db, now)]);
  const [can] = await db
    .select({ manage: sql<boolean>`(${riskManageable(actor)})` })
    .from(risks)
    .where(eq(risks.id, id));
  const reviews = await db
    .select({ v: riskReviews, username: users.username, displayName: users.displayName })
    .from(riskReviews)
    .innerJoin(users, eq(users.id, riskReviews.reviewedBy))
    .where(eq(riskReviews.riskId, id))
    .orderBy(desc(riskReviews.reviewedAt), desc(riskReviews.id));
  const audits = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      actorName: auditLog.actorName,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .where(and(eq(auditLog.entity, RISK_ENTITY), eq(auditLog.entityId, id)))
    .orderBy(desc(auditLog.id))
    .limit(50);
  const base = toRow(bands, today)(row);
  const manage = can?.manage === true;
  return {
    ...base,
    description: row.r.description,
    controls: row.r.controls,
    closedNote: row.r.closedNote,
    reviews: reviews.map(({ v, ...u }) => ({
      id: v.id,
      reviewedBy: { id: v.reviewedBy, username: u.username, displayName: u.displayName },
      reviewedAt: iso(v.reviewedAt),
      note: v.note,
      nextReviewOn: v.nextReviewOn,
    })),
    revisions: audits.map((a) => ({
      id: String(a.id),
      at: iso(a.at),
      action: a.action,
      actor: a.actorName,
      fields: changedFields(a.before, a.after),
    })),
    can: { manage, review: row.r.status !== 'closed' && (manage || row.r.ownerId === actor.id) },
  };
}

const tracked = [
  'title',
  'description',
  'category',
  'likelihood',
  'impact',
  'ownerId',
  'controls',
  'reviewOn',
  'status',
  'customerId',
];

/** The tracked fields an audit row's before and after differ in (all set ones for a creation). */
function changedFields(before: unknown, after: unknown): string[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  return tracked.filter((f) => f in a && JSON.stringify(a[f] ?? null) !== JSON.stringify(b[f] ?? null));
}
