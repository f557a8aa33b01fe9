import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { queryRows } from '../../db/client.js';
import { type Actor, type Ctx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { units, users } from '../../platform/org/tables.js';
import { iso, isoOrNull, isUuid, type TUserRef } from '../../platform/schemas.js';
import { coachingRecords } from '../coaching/index.js';
import { INTERVIEW_DUE_KIND } from './due-items.js';
import type { TCase, TCaseQuery, TCaseRow, TCaseSnapshot } from './schemas.js';
import { caseReadScope, caseWriteScope, PERF_CASE_ENTITY } from './scope.js';
import { performanceCaseActions, performanceCases } from './tables.js';

const person = alias(users, 'person');
const superior = alias(users, 'superior');

function selectCases(db: DbOrTx, actor: Actor) {
  return db
    .select({
      c: performanceCases,
      personUsername: person.username,
      personName: person.displayName,
      superiorUsername: superior.username,
      superiorName: superior.displayName,
      unitName: units.name,
      mayWrite: sql<boolean>`(${caseWriteScope(actor)})`,
      interviewDueAt: sql<string | null>`(select d.due_at from due_items d
        where d.kind = ${INTERVIEW_DUE_KIND} and d.subject_type = ${PERF_CASE_ENTITY}
          and d.subject_id = ${performanceCases.id}::text order by d.created_at desc limit 1)`,
    })
    .from(performanceCases)
    .innerJoin(person, eq(person.id, performanceCases.personId))
    .innerJoin(units, eq(units.id, performanceCases.unitId))
    .leftJoin(superior, eq(superior.id, performanceCases.superiorId));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectCases>['where']>>[number];

const toRow = ({ c, ...x }: Row): TCaseRow => ({
  id: c.id,
  person: { id: c.personId, username: x.personUsername, displayName: x.personName },
  unit: { id: c.unitId, name: x.unitName },
  superior:
    c.superiorId && x.superiorUsername
      ? { id: c.superiorId, username: x.superiorUsername, displayName: x.superiorName ?? '' }
      : null,
  month: c.month,
  level: c.level,
  status: c.status,
  consecutiveMonths: c.consecutiveMonths,
  snapshot: c.snapshot as TCaseSnapshot,
  createdAt: iso(c.createdAt),
  decisionStatus: c.decisionStatus,
  interviewDueAt: x.interviewDueAt ? new Date(x.interviewDueAt).toISOString() : null,
});

/** The list's filters as SQL. */
export const caseFilters = (q: Omit<TCaseQuery, 'page' | 'pageSize'>) => [
  q.month ? eq(performanceCases.month, q.month) : undefined,
  q.level ? eq(performanceCases.level, q.level) : undefined,
  q.status ? eq(performanceCases.status, q.status) : undefined,
  q.personId ? eq(performanceCases.personId, q.personId) : undefined,
];

const sortKeys = {
  month: performanceCases.month,
  createdAt: performanceCases.createdAt,
  person: person.displayName,
};

/** INC-8/ORG-5: the cases the actor may read (the person, up their chain, HR), filtered and paged in SQL. */
export function listCases(ctx: Ctx, q: TCaseQuery) {
  const actor = requireActor(ctx);
  return listPage({
    db: ctx.db,
    rows: selectCases(ctx.db, actor).$dynamic(),
    count: ctx.db
      .select()
      .from(performanceCases)
      .innerJoin(person, eq(person.id, performanceCases.personId))
      .$dynamic(),
    scope: caseReadScope(actor),
    filters: caseFilters(q),
    sort: { keys: sortKeys, default: 'month', order: 'desc', tieBreaker: performanceCases.id },
    query: q,
    toItems: async (rows) => rows.map(toRow),
  });
}

/** The rows of an export: the list's query and scope, without paging. */
export async function caseRowsFor(ctx: Ctx, q: Omit<TCaseQuery, 'page' | 'pageSize'>, limit: number) {
  const actor = requireActor(ctx);
  const rows = await selectCases(ctx.db, actor)
    .where(and(caseReadScope(actor), ...caseFilters(q)))
    .orderBy(q.order === 'asc' ? asc(sortKeys[q.sort]) : sql`${sortKeys[q.sort]} desc`, performanceCases.id)
    .limit(limit);
  return rows.map(toRow);
}

async function refsOf(db: DbOrTx, ids: (string | null)[]): Promise<Map<string, TUserRef>> {
  const wanted = [...new Set(ids.filter((i): i is string => i !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, username: users.username, displayName: users.displayName })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r]));
}

/** INC-8: one case the actor may read (404 outside scope), with its steps, actions and history. */
export async function getCase(db: DbOrTx, actor: Actor, id: string): Promise<TCase> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await selectCases(db, actor).where(and(eq(performanceCases.id, id), caseReadScope(actor)));
  if (!row) throw appError('NOT_FOUND');
  const c = row.c;
  const actions = await db
    .select()
    .from(performanceCaseActions)
    .where(eq(performanceCaseActions.caseId, id))
    .orderBy(asc(performanceCaseActions.seq));
  const refs = await refsOf(db, [c.interviewedBy, c.decisionBy, ...actions.map((a) => a.ownerId)]);
  const snapshot = c.snapshot as TCaseSnapshot;
  const coaching = await db
    .select({ id: coachingRecords.id, period: coachingRecords.period, createdAt: coachingRecords.createdAt })
    .from(coachingRecords)
    .where(
      and(
        eq(coachingRecords.repId, c.personId),
        inArray(
          coachingRecords.period,
          snapshot.months.map((m) => m.period),
        ),
      ),
    )
    .orderBy(asc(coachingRecords.createdAt));
  const history = await queryRows<{ action: string; at: Date | string; actor: string | null }>(
    db,
    sql`select a.action, a.at, u.display_name as actor from audit_log a left join users u on u.id = a.actor_id
        where a.entity = ${PERF_CASE_ENTITY} and a.entity_id = ${id} order by a.id`,
  );
  const may = row.mayWrite === true;
  const base = toRow(row);
  return {
    ...base,
    previousCaseId: c.previousCaseId,
    interview: c.interviewOn
      ? {
          heldOn: c.interviewOn,
          notes: c.interviewNotes ?? '',
          by: c.interviewedBy ? (refs.get(c.interviewedBy) ?? null) : null,
          at: isoOrNull(c.interviewedAt),
        }
      : null,
    actions: actions.map(({ id: actionId, seq, action, ownerId, startOn, dueOn }) => ({
      id: actionId,
      seq,
      action,
      owner: refs.get(ownerId)!,
      startOn,
      dueOn,
    })),
    planAgreedAt: isoOrNull(c.planAgreedAt),
    decision:
      c.decision && c.decisionStatus
        ? {
            decision: c.decision,
            reasons: c.decisionReasons ?? '',
            status: c.decisionStatus,
            by: c.decisionBy ? (refs.get(c.decisionBy) ?? null) : null,
            at: isoOrNull(c.decisionAt),
            approvedAt: isoOrNull(c.decisionApprovedAt),
          }
        : null,
    outcome: c.outcome
      ? { outcome: c.outcome, notes: c.outcomeNotes ?? '', closedAt: isoOrNull(c.closedAt) }
      : null,
    coaching: coaching.map((r) => ({ id: r.id, period: r.period, createdAt: iso(r.createdAt) })),
    history: history.map(({ action, at, actor }) => ({ action, at: new Date(at).toISOString(), actor })),
    can: {
      interview: may && c.status === 'interview',
      plan: may && c.status === 'plan',
      decide: may && c.status === 'review' && c.decisionStatus !== 'pending',
      outcome: may && c.status === 'outcome',
    },
  };
}
