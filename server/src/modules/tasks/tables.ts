import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';

/** ORG-4: an instruction (指令) must say who, what, by when, where, how, and how it is controlled and evaluated. */
export const tasks = pgTable(
  'tasks',
  {
    id: idColumn(),
    assignerId: uuid().notNull(),
    assigneeId: uuid().notNull(),
    unitId: uuid().notNull(),
    content: text().notNull(),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    place: text().notNull(),
    actionPlan: text().notNull(),
    controlMethod: text().notNull(),
    evaluationMethod: text().notNull(),
    source: text({ enum: ['verbal', 'written', 'meeting'] }).notNull(),
    status: text({ enum: ['open', 'done', 'evaluated', 'cancelled'] })
      .notNull()
      .default('open'),
    doneAt: timestamp({ withTimezone: true }),
    doneNote: text(),
    evaluation: text(),
    score: integer(),
    evaluatedAt: timestamp({ withTimezone: true }),
    ...rowStamps,
  },
  (t) => [index().on(t.assigneeId, t.status), index().on(t.assignerId)],
);

/** ORG-3: an appeal (申诉) may go to any level above the appellant. */
export const appeals = pgTable(
  'appeals',
  {
    id: idColumn(),
    appellantId: uuid().notNull(),
    toUserId: uuid().notNull(),
    taskId: uuid(),
    content: text().notNull(),
    status: text({ enum: ['open', 'answered'] })
      .notNull()
      .default('open'),
    response: text(),
    answeredAt: timestamp({ withTimezone: true }),
    ...rowStamps,
  },
  (t) => [index().on(t.toUserId, t.status), index().on(t.appellantId)],
);
