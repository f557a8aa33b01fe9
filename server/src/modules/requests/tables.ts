import { bigint, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';

/**
 * 通用申请: a general request (anything that needs a sign-off up the chain and has no
 * document type of its own). Its approval goes through the approval engine.
 */
export const generalRequests = pgTable(
  'general_requests',
  {
    id: idColumn(),
    title: text().notNull(),
    content: text().notNull(),
    amountFen: bigint({ mode: 'bigint' }),
    status: text({ enum: ['draft', 'pending', 'approved', 'rejected', 'withdrawn'] })
      .notNull()
      .default('draft'),
    ownerId: uuid().notNull(),
    unitId: uuid().notNull(),
    ...rowStamps,
  },
  (t) => [index().on(t.ownerId), index().on(t.unitId), index().on(t.status)],
);
