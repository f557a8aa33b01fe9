import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { firstPendingApprovalsFor, pendingApprovalsCountQuery } from '../../platform/approvals/queries.js';
import type { Actor } from '../../platform/context.js';
import { dueItemsCountQuery, dueSoonLimit, firstDueItemsFor } from '../../platform/deadlines/queries.js';
import { iso } from '../../platform/schemas.js';
import { unreadCountQuery } from '../notifications/index.js';
import {
  firstOpenAppealsTo,
  firstTodoTasksFor,
  openAppealsCountQuery,
  TASK_SUBJECT,
  todoTasksCountQuery,
} from '../tasks/index.js';
import type { TTodo, TTodoCount } from './schemas.js';

/** Tasks have their own section (with their deadlines); their due items are not listed again. */
const ownListed = { exceptSubjectTypes: [TASK_SUBJECT] };

/**
 * The red badge: everything waiting for the signed-in user, the five counts read in one
 * statement (each module gives its own count query).
 */
export async function todoCount(db: DbOrTx, actor: Actor, now: Date): Promise<TTodoCount> {
  const dueItemsCount = dueItemsCountQuery(db, actor.id, await dueSoonLimit(db, now), ownListed);
  const [row] = await queryRows<Record<'approvals' | 'deadlines' | 'tasks' | 'appeals' | 'unread', number>>(
    db,
    sql`select (${pendingApprovalsCountQuery(db, actor.id)})::int as approvals,
      (${dueItemsCount})::int as deadlines,
      (${todoTasksCountQuery(db, actor.id)})::int as tasks,
      (${openAppealsCountQuery(db, actor.id)})::int as appeals,
      (${unreadCountQuery(db, actor.id)})::int as unread`,
  );
  const { approvals, deadlines, tasks, appeals: openAppeals, unread: unreadNotifications } = row!;
  return {
    total: approvals + deadlines + tasks + openAppeals,
    approvals,
    deadlines,
    tasks,
    appeals: openAppeals,
    unreadNotifications,
  };
}

/**
 * 待办: pending approvals, due and overdue items, tasks to do or evaluate, appeals to answer —
 * each section its first rows and its total in one statement, the four run together.
 */
export async function todoList(db: DbOrTx, actor: Actor, now: Date, limit: number): Promise<TTodo> {
  const [approvals, deadlines, tasks, appealPage] = await Promise.all([
    firstPendingApprovalsFor(db, actor.id, limit),
    firstDueItemsFor(db, actor.id, { now, pageSize: limit, ...ownListed }),
    firstTodoTasksFor(db, actor, limit, now),
    firstOpenAppealsTo(db, actor, limit),
  ]);
  return {
    approvals: {
      total: approvals.total,
      items: approvals.items.map((a) => ({
        requestId: a.requestId,
        stepId: a.stepId,
        docType: a.docType,
        docTypeLabel: a.docTypeLabel,
        docId: a.docId,
        title: a.title,
        amountFen: a.amountFen,
        link: a.link,
        submitter: a.submitter,
        submittedAt: a.submittedAt,
        seq: a.seq,
        stepCount: a.stepCount,
      })),
    },
    deadlines: {
      total: deadlines.total,
      items: deadlines.items.map((d) => ({
        id: d.id,
        kind: d.kind,
        title: d.title,
        subjectType: d.subjectType,
        subjectId: d.subjectId,
        dueAt: iso(d.dueAt),
        link: d.link,
        overdue: d.isOverdue,
      })),
    },
    tasks,
    appeals: { items: appealPage.items, total: appealPage.total },
  };
}
