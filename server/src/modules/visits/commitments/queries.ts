import { and, asc, eq, isNull, lt, ne, not, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { DbOrTx } from '../../../db/client.js';
import { scopeCondition } from '../../../platform/access/scopes.js';
import type { Actor } from '../../../platform/context.js';
import { appError } from '../../../platform/errors.js';
import { listPage } from '../../../platform/lists/list-page.js';
import { users } from '../../../platform/org/tables.js';
import { iso, isoOrNull } from '../../../platform/schemas.js';
import { customers } from '../../customers/index.js';
import { visitCommitments, visitReports, visits } from '../tables.js';
import type { TVisitCommitment, ZVisitCommitmentListQuery } from './schemas.js';

const owners = alias(users, 'commitment_owners');
const authors = alias(users, 'commitment_authors');
const confirmers = alias(users, 'commitment_confirmers');

/**
 * VIS-6/ORG-5: a commitment is read by its owner, and by whoever may read the visit it was made
 * at or the owner's work (visit:read scope: the rep, the supervisor their reps' …). The query
 * joins `visits`. Anyone else: it does not exist (404).
 */
export function commitmentScope(actor: Actor): SQL {
  return or(
    scopeCondition(actor, 'visit:read', { owner: visitCommitments.ownerId, unit: visits.unitId }),
    scopeCondition(actor, 'visit:read', { owner: visits.repId, unit: visits.unitId }),
  ) as SQL;
}

const columns = {
  c: visitCommitments,
  customerId: visits.customerId,
  customerName: customers.name,
  reportId: visitReports.id,
  owner: { id: owners.id, username: owners.username, displayName: owners.displayName },
  author: { id: authors.id, username: authors.username, displayName: authors.displayName },
  authorSuperiorId: authors.superiorId,
  confirmer: { id: confirmers.id, username: confirmers.username, displayName: confirmers.displayName },
};

function baseQuery(db: DbOrTx) {
  return db
    .select(columns)
    .from(visitCommitments)
    .innerJoin(visits, eq(visits.id, visitCommitments.visitId))
    .innerJoin(customers, eq(customers.id, visits.customerId))
    .innerJoin(owners, eq(owners.id, visitCommitments.ownerId))
    .innerJoin(authors, eq(authors.id, visits.repId))
    .leftJoin(visitReports, eq(visitReports.visitId, visits.id))
    .leftJoin(confirmers, eq(confirmers.id, visitCommitments.confirmedBy));
}

type Row = Awaited<ReturnType<typeof baseQuery>>[number];

/**
 * VIS-6: who confirms a commitment — the direct superior of the rep who made the visit (the
 * organisation as it is now). A commitment carried by a task is confirmed by evaluating the task.
 */
export function canConfirm(
  row: { taskId: string | null; status: string },
  authorSuperiorId: string | null,
  actor: Actor,
): boolean {
  return row.status === 'done' && row.taskId === null && authorSuperiorId === actor.id;
}

function toCommitment(row: Row, actor: Actor, now: Date): TVisitCommitment {
  const c = row.c;
  return {
    id: c.id,
    visitId: c.visitId,
    reportId: row.reportId,
    customer: { id: row.customerId, name: row.customerName },
    author: row.author,
    owner: row.owner,
    content: c.content,
    dueAt: iso(c.dueAt),
    checkMethod: c.checkMethod,
    taskId: c.taskId,
    status: c.status,
    overdue: c.status === 'open' && c.dueAt.getTime() < now.getTime(),
    doneAt: isoOrNull(c.doneAt),
    doneNote: c.doneNote,
    confirmedBy: row.confirmer?.id ? row.confirmer : null,
    confirmedAt: isoOrNull(c.confirmedAt),
    actions: {
      done: c.status === 'open' && c.taskId === null && c.ownerId === actor.id,
      confirm: canConfirm(c, row.authorSuperiorId, actor),
    },
  };
}

/** The commitments of a visit (its report's, drafts included), in the order they were made. */
export async function commitmentsOfVisit(
  db: DbOrTx,
  actor: Actor,
  visitId: string,
  now: Date,
): Promise<TVisitCommitment[]> {
  const rows = await baseQuery(db)
    .where(and(eq(visitCommitments.visitId, visitId), ne(visitCommitments.status, 'cancelled')))
    .orderBy(asc(visitCommitments.createdAt), asc(visitCommitments.id));
  return rows.map((r) => toCommitment(r, actor, now));
}

/** One commitment within the actor's scope (drafts are part of their report, not on their own), or 404. */
export async function getCommitment(
  db: DbOrTx,
  actor: Actor,
  id: string,
  now: Date,
): Promise<TVisitCommitment & { authorSuperiorId: string | null }> {
  const [row] = await baseQuery(db).where(
    and(eq(visitCommitments.id, id), ne(visitCommitments.status, 'draft'), commitmentScope(actor)),
  );
  if (!row) throw appError('NOT_FOUND');
  return { ...toCommitment(row, actor, now), authorSuperiorId: row.authorSuperiorId };
}

/** One commitment as the API shows it, within the actor's scope, or 404. */
export async function readCommitment(
  db: DbOrTx,
  actor: Actor,
  id: string,
  now: Date,
): Promise<TVisitCommitment> {
  const { authorSuperiorId: _, ...commitment } = await getCommitment(db, actor, id, now);
  return commitment;
}

/**
 * VIS-6: the commitments I carry out, those I confirm, or all in my scope; filtered by status,
 * owner and overdue; sorted and paged in SQL, always within scope.
 */
export function listCommitments(
  db: DbOrTx,
  actor: Actor,
  query: z.output<typeof ZVisitCommitmentListQuery>,
  now: Date,
) {
  const overdue = and(eq(visitCommitments.status, 'open'), lt(visitCommitments.dueAt, now));
  return listPage({
    db,
    rows: baseQuery(db).$dynamic(),
    count: db
      .select()
      .from(visitCommitments)
      .innerJoin(visits, eq(visits.id, visitCommitments.visitId))
      .innerJoin(authors, eq(authors.id, visits.repId))
      .$dynamic(),
    scope: commitmentScope(actor),
    filters: [
      ne(visitCommitments.status, 'draft'),
      query.box === 'mine' ? eq(visitCommitments.ownerId, actor.id) : undefined,
      query.box === 'toConfirm'
        ? and(eq(authors.superiorId, actor.id), isNull(visitCommitments.taskId))
        : undefined,
      query.status ? eq(visitCommitments.status, query.status) : undefined,
      query.ownerId ? eq(visitCommitments.ownerId, query.ownerId) : undefined,
      query.overdue === true ? overdue : undefined,
      query.overdue === false ? not(overdue as SQL) : undefined,
    ],
    sort: {
      keys: { dueAt: visitCommitments.dueAt, createdAt: visitCommitments.createdAt },
      default: 'dueAt',
      tieBreaker: visitCommitments.id,
      tieBreakerOrder: 'asc',
    },
    query,
    toItems: (rows) => rows.map((r) => toCommitment(r, actor, now)),
  });
}
