import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import type { Actor } from '../../platform/context.js';
import { startOfLocalDay } from '../../platform/deadlines/calendar.js';
import { appError } from '../../platform/errors.js';
import { listPage, newestFirst } from '../../platform/lists/list-page.js';
import { userRefs } from '../../platform/org/refs.js';
import { units, users } from '../../platform/org/tables.js';
import { iso } from '../../platform/schemas.js';
import type { TSanction, TSanctionQuery, TViolation, TViolationQuery } from './schemas.js';
import { type SanctionRow, sanctionReadScope, type ViolationRow, violationReadScope } from './scope.js';
import { sanctions, violations } from './tables.js';

const unknownUser = (id: string) => ({ id, username: '?', displayName: '?' });

/** The instants a company-time month starts and ends (YYYY-MM). */
export async function monthBounds(db: DbOrTx, month: string, at: Date): Promise<{ start: Date; end: Date }> {
  const tz = await readCompanyTimeZone(db, at);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { start: startOfLocalDay(`${month}-01`, tz), end: startOfLocalDay(`${next}-01`, tz) };
}

function selectViolations(db: DbOrTx) {
  return db
    .select({ v: violations, u: users, unitName: units.name })
    .from(violations)
    .innerJoin(users, eq(users.id, violations.personId))
    .innerJoin(units, eq(units.id, violations.unitId));
}
type Row = { v: ViolationRow; u: typeof users.$inferSelect; unitName: string };

/** What the reader may do: appeal their own recorded one, decide one appealed to them, cancel one they may record. */
async function toViolations(db: DbOrTx, actor: Actor, rows: Row[]): Promise<TViolation[]> {
  const people = await userRefs(
    db,
    rows.flatMap(({ v }) => [v.appealToId, v.decidedById, v.createdBy].filter((x): x is string => !!x)),
  );
  const ref = (id: string | null) => (id ? (people.get(id) ?? unknownUser(id)) : null);
  const mayRecord = actor.permissions['violation:record'] !== undefined;
  return rows.map(({ v, u, unitName }) => ({
    id: v.id,
    person: {
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      unit: { id: v.unitId, name: unitName },
    },
    category: v.category,
    occurredAt: iso(v.occurredAt),
    description: v.description,
    source: v.source,
    sourceRef: v.sourceRef,
    minutesLate: v.minutesLate,
    fineFen: v.fineFen.toString(),
    harmFineFen: v.harmFineFen.toString(),
    harmNote: v.harmNote,
    repeatCount: v.repeatCount,
    dismissalFlag: v.dismissalFlag,
    status: v.status,
    appealReason: v.appealReason,
    appealTo: ref(v.appealToId),
    appealedAt: v.appealedAt ? iso(v.appealedAt) : null,
    decidedBy: ref(v.decidedById),
    decidedAt: v.decidedAt ? iso(v.decidedAt) : null,
    decisionReason: v.decisionReason,
    recordedBy: ref(v.createdBy),
    createdAt: iso(v.createdAt),
    canAppeal:
      v.personId === actor.id &&
      v.status === 'recorded' &&
      actor.permissions['violation:appeal'] !== undefined,
    canDecide: v.status === 'appealed' && v.appealToId === actor.id,
    canCancel: mayRecord && v.personId !== actor.id && (v.status === 'recorded' || v.status === 'upheld'),
  }));
}

async function violationFilters(
  db: DbOrTx,
  actor: Actor,
  q: Omit<TViolationQuery, 'page' | 'pageSize'>,
  now: Date,
) {
  const month = q.month ? await monthBounds(db, q.month, now) : null;
  return [
    q.whose === 'mine' ? eq(violations.personId, actor.id) : undefined,
    q.userId ? eq(violations.personId, q.userId) : undefined,
    q.category ? eq(violations.category, q.category) : undefined,
    q.status ? eq(violations.status, q.status) : undefined,
    month ? and(gte(violations.occurredAt, month.start), lt(violations.occurredAt, month.end)) : undefined,
  ];
}

/** PEN-2: the violations register in the reader's scope, newest first, with filters. */
export async function listViolations(db: DbOrTx, actor: Actor, q: TViolationQuery, now: Date) {
  return listPage({
    db,
    rows: selectViolations(db).$dynamic(),
    count: db.select().from(violations).$dynamic(),
    scope: violationReadScope(actor),
    filters: await violationFilters(db, actor, q, now),
    sort: newestFirst(violations.occurredAt, violations.id),
    query: { page: q.page, pageSize: q.pageSize },
    toItems: (rows) => toViolations(db, actor, rows),
  });
}

/** One violation the reader may see; another person's outside scope is 404. */
export async function getViolation(db: DbOrTx, actor: Actor, id: string): Promise<TViolation> {
  const rows = await selectViolations(db).where(
    and(sql`${violations.id}::text = ${id}`, violationReadScope(actor)),
  );
  const [item] = await toViolations(db, actor, rows);
  if (!item) throw appError('NOT_FOUND');
  return item;
}

/** Violations of one person in the reader's scope (the record). */
export async function personViolations(db: DbOrTx, actor: Actor, personId: string): Promise<TViolation[]> {
  const rows = await selectViolations(db)
    .where(and(eq(violations.personId, personId), violationReadScope(actor)))
    .orderBy(desc(violations.occurredAt));
  return toViolations(db, actor, rows);
}

function selectSanctions(db: DbOrTx) {
  return db
    .select({ s: sanctions, u: users, unitName: units.name })
    .from(sanctions)
    .innerJoin(users, eq(users.id, sanctions.personId))
    .innerJoin(units, eq(units.id, sanctions.unitId));
}
type SRow = { s: SanctionRow; u: typeof users.$inferSelect; unitName: string };

async function toSanctions(db: DbOrTx, rows: SRow[]): Promise<TSanction[]> {
  const people = await userRefs(
    db,
    rows.map(({ s }) => s.createdBy).filter((x): x is string => !!x),
  );
  return rows.map(({ s, u, unitName }) => ({
    id: s.id,
    person: {
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      unit: { id: s.unitId, name: unitName },
    },
    kind: s.kind,
    reasons: s.reasons,
    fineFen: s.fineFen === null ? null : s.fineFen.toString(),
    violationIds: s.violationIds,
    status: s.status,
    proposedBy: s.createdBy ? (people.get(s.createdBy) ?? unknownUser(s.createdBy)) : null,
    createdAt: iso(s.createdAt),
    decidedAt: s.decidedAt ? iso(s.decidedAt) : null,
  }));
}

/** PEN-4: sanctions in the reader's scope, newest first. */
export function listSanctions(db: DbOrTx, actor: Actor, q: TSanctionQuery) {
  return listPage({
    db,
    rows: selectSanctions(db).$dynamic(),
    count: db.select().from(sanctions).$dynamic(),
    scope: sanctionReadScope(actor),
    filters: [
      q.whose === 'mine' ? eq(sanctions.personId, actor.id) : undefined,
      q.userId ? eq(sanctions.personId, q.userId) : undefined,
      q.kind ? eq(sanctions.kind, q.kind) : undefined,
      q.status ? eq(sanctions.status, q.status) : undefined,
    ],
    sort: newestFirst(sanctions.createdAt, sanctions.id),
    query: { page: q.page, pageSize: q.pageSize },
    toItems: (rows) => toSanctions(db, rows),
  });
}

export async function getSanction(db: DbOrTx, actor: Actor, id: string): Promise<TSanction> {
  const rows = await selectSanctions(db).where(
    and(sql`${sanctions.id}::text = ${id}`, sanctionReadScope(actor)),
  );
  const [item] = await toSanctions(db, rows);
  if (!item) throw appError('NOT_FOUND');
  return item;
}

export async function personSanctions(db: DbOrTx, actor: Actor, personId: string): Promise<TSanction[]> {
  const rows = await selectSanctions(db)
    .where(and(eq(sanctions.personId, personId), sanctionReadScope(actor)))
    .orderBy(desc(sanctions.createdAt));
  return toSanctions(db, rows);
}
