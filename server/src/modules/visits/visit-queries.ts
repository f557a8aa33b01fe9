import { and, asc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import type { Actor } from '../../platform/context.js';
import { companyToday } from '../../platform/deadlines/company-date.js';
import { appError } from '../../platform/errors.js';
import { listFiles } from '../../platform/files/files.js';
import { listPage } from '../../platform/lists/list-page.js';
import { units, users } from '../../platform/org/tables.js';
import { iso, isoOrNull, isUuid } from '../../platform/schemas.js';
import { customers } from '../customers/index.js';
import { VISIT_SUBJECT } from './subject.js';
import { visitPeople, visits } from './tables.js';
import { VISIT_PHOTO } from './visit-photos.js';
import { needsPreApproval, visitActions } from './visit-rules.js';
import type { TVisit, TVisitListItem, TVisitPage, TVisitQuery } from './visit-schemas.js';
import { type VisitRow, visitReadScope, visitWriteScope } from './visit-scope.js';

/** How the schedule marks a visit cancelled because its line left the approved plan. */
export const PLAN_CHANGED = 'plan_changed';

const columns = {
  visit: visits,
  repUsername: users.username,
  repName: users.displayName,
  unitName: units.name,
  customerName: customers.name,
};

type Row = {
  visit: VisitRow;
  repUsername: string;
  repName: string;
  unitName: string;
  customerName: string;
};

function baseQuery(db: DbOrTx) {
  return db
    .select(columns)
    .from(visits)
    .innerJoin(users, eq(users.id, visits.repId))
    .innerJoin(units, eq(units.id, visits.unitId))
    .innerJoin(customers, eq(customers.id, visits.customerId));
}

/** VIS-4: hours spent = check-out − check-in, in whole minutes. */
export function minutesSpent(v: Pick<VisitRow, 'checkInAt' | 'checkOutAt'>): number | null {
  if (!v.checkInAt || !v.checkOutAt) return null;
  return Math.round((v.checkOutAt.getTime() - v.checkInAt.getTime()) / 60_000);
}

function toListItem(r: Row): TVisitListItem {
  const v = r.visit;
  return {
    id: v.id,
    rep: { id: v.repId, username: r.repUsername, displayName: r.repName },
    customer: { id: v.customerId, name: r.customerName },
    purpose: v.purpose as TVisitListItem['purpose'],
    status: v.status,
    plannedOn: v.plannedOn,
    plannedMinutes: v.plannedMinutes,
    planned: v.planLineId !== null,
    preApproval: v.preApproval,
    checkInAt: isoOrNull(v.checkInAt),
    checkOutAt: isoOrNull(v.checkOutAt),
    minutesSpent: minutesSpent(v),
  };
}

function stamp(
  at: Date | null,
  location: VisitRow['checkInLocation'],
  lat: number | null,
  lng: number | null,
  accuracyM: number | null,
) {
  if (!at || !location) return null;
  return { at: iso(at), location, lat, lng, accuracyM };
}

/** One visit within the actor's read scope with its people, photos and the actions allowed now; 404 outside. */
export async function getVisit(db: DbOrTx, actor: Actor, id: string): Promise<TVisit> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await db
    .select({ ...columns, canWrite: sql<boolean>`(${visitWriteScope(actor)})` })
    .from(visits)
    .innerJoin(users, eq(users.id, visits.repId))
    .innerJoin(units, eq(units.id, visits.unitId))
    .innerJoin(customers, eq(customers.id, visits.customerId))
    .where(and(eq(visits.id, id), visitReadScope(actor)));
  if (!row) throw appError('NOT_FOUND');
  const v = row.visit;
  const [people, photos] = await Promise.all([
    db
      .select({
        id: visitPeople.id,
        contactId: visitPeople.contactId,
        name: visitPeople.name,
        title: visitPeople.title,
      })
      .from(visitPeople)
      .where(eq(visitPeople.visitId, v.id))
      .orderBy(asc(visitPeople.createdAt), asc(visitPeople.id)),
    listFiles(db, { subjectType: VISIT_SUBJECT, subjectId: v.id, purpose: VISIT_PHOTO }),
  ]);
  const byPlan = v.status === 'cancelled' && v.cancelReason === PLAN_CHANGED;
  return {
    ...toListItem(row),
    unit: { id: v.unitId, name: row.unitName },
    planLineId: v.planLineId,
    note: v.note,
    contactName: v.contactName,
    contactedAt: isoOrNull(v.contactedAt),
    itemsToCarry: v.itemsToCarry,
    expenseFen: v.expenseFen === null ? null : v.expenseFen.toString(),
    giftNote: v.giftNote,
    entertainmentNote: v.entertainmentNote,
    preApprovalNeeded: needsPreApproval(v),
    checkIn: stamp(v.checkInAt, v.checkInLocation, v.checkInLat, v.checkInLng, v.checkInAccuracyM),
    checkOut: stamp(v.checkOutAt, v.checkOutLocation, v.checkOutLat, v.checkOutLng, v.checkOutAccuracyM),
    outcome: v.outcome,
    cancelReason: byPlan ? null : v.cancelReason,
    cancelledByPlan: byPlan,
    people,
    photos,
    createdAt: iso(v.createdAt),
    updatedAt: iso(v.updatedAt),
    actions: visitActions(actor, v, row.canWrite === true),
  };
}

/** The filters of the visit list (and its export), in SQL. */
async function filtersOf(db: DbOrTx, query: TVisitQuery, now: Date): Promise<(SQL | undefined)[]> {
  const today = query.today === 'true' ? await companyToday(db, now) : null;
  return [
    query.repId ? eq(visits.repId, query.repId) : undefined,
    query.customerId ? eq(visits.customerId, query.customerId) : undefined,
    query.status ? eq(visits.status, query.status) : undefined,
    query.purpose ? eq(visits.purpose, query.purpose) : undefined,
    query.from ? gte(visits.plannedOn, query.from) : undefined,
    query.to ? lte(visits.plannedOn, query.to) : undefined,
    today ? eq(visits.plannedOn, today) : undefined,
  ];
}

/** VIS-4/ORG-5: visits in the actor's read scope, filtered, sorted and paged in SQL. */
export async function listVisits(
  db: DbOrTx,
  actor: Actor,
  query: TVisitQuery,
  now: Date,
): Promise<TVisitPage> {
  return listPage({
    db,
    rows: baseQuery(db).$dynamic(),
    count: db.select().from(visits).$dynamic(),
    scope: visitReadScope(actor),
    filters: await filtersOf(db, query, now),
    sort: {
      keys: { plannedOn: visits.plannedOn, checkInAt: visits.checkInAt, createdAt: visits.createdAt },
      default: 'plannedOn',
      tieBreaker: visits.id,
      tieBreakerOrder: 'asc',
    },
    query,
    toItems: (rows) => rows.map(toListItem),
  });
}
