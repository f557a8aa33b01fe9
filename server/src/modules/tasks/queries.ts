import { and, asc, eq, ilike, ne, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { containsPattern } from '../../db/like.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { users } from '../../platform/org/tables.js';
import { iso, isoOrNull } from '../../platform/schemas.js';
import type { TTask, ZTaskListQuery } from './schemas.js';
import { tasks } from './tables.js';

const assigners = alias(users, 'assigners');
const assignees = alias(users, 'assignees');

/**
 * ORG-3: a task is read by its assignee and everyone above the assignee in the chain
 * (skip-level inspection), and by whoever gave it. Anyone else: it does not exist (404).
 */
export function taskScope(actor: Actor): SQL {
  const scoped = scopeCondition(actor, 'task:read', { owner: tasks.assigneeId, unit: tasks.unitId });
  return or(scoped, eq(tasks.assignerId, actor.id)) as SQL;
}

const columns = {
  task: tasks,
  assignerUsername: assigners.username,
  assignerName: assigners.displayName,
  assigneeUsername: assignees.username,
  assigneeName: assignees.displayName,
};

type Row = {
  task: typeof tasks.$inferSelect;
  assignerUsername: string;
  assignerName: string;
  assigneeUsername: string;
  assigneeName: string;
};

function toTask(row: Row, actor: Actor, now: Date): TTask {
  const t = row.task;
  return {
    id: t.id,
    assigner: { id: t.assignerId, username: row.assignerUsername, displayName: row.assignerName },
    assignee: { id: t.assigneeId, username: row.assigneeUsername, displayName: row.assigneeName },
    content: t.content,
    dueAt: iso(t.dueAt),
    place: t.place,
    actionPlan: t.actionPlan,
    controlMethod: t.controlMethod,
    evaluationMethod: t.evaluationMethod,
    source: t.source,
    status: t.status,
    overdue: t.status === 'open' && t.dueAt.getTime() < now.getTime(),
    doneAt: isoOrNull(t.doneAt),
    doneNote: t.doneNote,
    evaluation: t.evaluation,
    score: t.score,
    evaluatedAt: isoOrNull(t.evaluatedAt),
    createdAt: iso(t.createdAt),
    updatedAt: iso(t.updatedAt),
    actions: {
      done: t.status === 'open' && t.assigneeId === actor.id,
      evaluate: t.status === 'done' && t.assignerId === actor.id && 'task:assign' in actor.permissions,
    },
  };
}

function baseQuery(db: DbOrTx) {
  return db
    .select(columns)
    .from(tasks)
    .innerJoin(assigners, eq(assigners.id, tasks.assignerId))
    .innerJoin(assignees, eq(assignees.id, tasks.assigneeId));
}

/** One task within the actor's read scope, or 404. */
export async function getTaskInScope(db: DbOrTx, actor: Actor, id: string, now: Date): Promise<TTask> {
  const [row] = await baseQuery(db).where(and(eq(tasks.id, id), taskScope(actor)));
  if (!row) throw appError('NOT_FOUND');
  return toTask(row, actor, now);
}

/** The three lists of the 指令 page, filtered, sorted and paged in SQL, always within scope. */
export function listTasks(db: DbOrTx, actor: Actor, query: z.output<typeof ZTaskListQuery>, now: Date) {
  const like = query.q ? containsPattern(query.q) : null;
  return listPage({
    db,
    rows: baseQuery(db).$dynamic(),
    count: db.select().from(tasks).innerJoin(assignees, eq(assignees.id, tasks.assigneeId)).$dynamic(),
    scope: taskScope(actor),
    filters: [
      query.box === 'assigned' ? eq(tasks.assignerId, actor.id) : undefined,
      query.box === 'received' ? eq(tasks.assigneeId, actor.id) : undefined,
      query.box === 'subordinates' ? ne(tasks.assigneeId, actor.id) : undefined,
      query.box === 'subordinates' ? ne(tasks.assignerId, actor.id) : undefined,
      query.status ? eq(tasks.status, query.status) : undefined,
      like ? or(ilike(tasks.content, like), ilike(assignees.displayName, like)) : undefined,
    ],
    sort: {
      keys: { dueAt: tasks.dueAt, createdAt: tasks.createdAt },
      default: 'dueAt',
      tieBreaker: tasks.id,
      tieBreakerOrder: 'asc',
    },
    query,
    toItems: (rows) => rows.map((r) => toTask(r, actor, now)),
  });
}

/** ORG-3: the people I may give tasks to — my active direct reports, and nobody further down. */
export async function listDirectReports(db: DbOrTx, actorId: string) {
  const rows = await db
    .select({ id: users.id, username: users.username, displayName: users.displayName })
    .from(users)
    .where(and(eq(users.superiorId, actorId), eq(users.status, 'active')))
    .orderBy(asc(users.username));
  return { items: rows };
}
