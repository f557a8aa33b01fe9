import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';
import { units, users } from '../../platform/org/tables.js';

export const suggestionCategories = ['product', 'process', 'market', 'other'] as const;
export const suggestionStatuses = ['pending', 'adopted', 'declined', 'withdrawn'] as const;

/**
 * OPS-9: a suggestion (合理化建议), numbered JY-<year>-<n> without gaps, reviewed by the people
 * the chain policy suggestions.reviewers names (the approval engine keeps the steps); adopted
 * or declined with a reason. The maker's unit at submission decides who reads it (scope).
 */
export const suggestions = pgTable(
  'suggestions',
  {
    id: idColumn(),
    number: text().notNull(),
    title: text().notNull(),
    content: text().notNull(),
    category: text({ enum: suggestionCategories }).notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    status: text({ enum: suggestionStatuses }).notNull().default('pending'),
    /** The reviewer's words: why it was declined (required), or a note on adoption. */
    decisionNote: text(),
    decidedBy: uuid().references(() => users.id),
    decidedAt: timestamp({ withTimezone: true }),
    ...rowStamps,
  },
  (t) => [uniqueIndex().on(t.number), index().on(t.userId, t.createdAt), index().on(t.unitId, t.status)],
);
