import { bigint, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn, rowStamps } from '../../db/columns.js';
import { units, users } from '../../platform/org/tables.js';
import { customers } from '../customers/tables.js';

export const opportunityStages = ['lead', 'needs', 'solution', 'negotiation', 'won', 'lost'] as const;

/** CUS-8: sales opportunities (销售机会) through the pipeline, amount in fen. */
export const opportunities = pgTable(
  'opportunities',
  {
    id: idColumn(),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    name: text().notNull(),
    stage: text({ enum: opportunityStages }).notNull().default('lead'),
    amountFen: bigint({ mode: 'bigint' }).notNull(),
    expectedCloseDate: date({ mode: 'string' }),
    lostReason: text(),
    ownerId: uuid()
      .notNull()
      .references(() => users.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    stageChangedAt: timestamp({ withTimezone: true }).notNull(),
    closedAt: timestamp({ withTimezone: true }),
    remark: text(),
    ...rowStamps,
  },
  (t) => [index().on(t.ownerId, t.stage), index().on(t.unitId, t.stage), index().on(t.customerId)],
);

/** Every stage move, for the funnel and the timeline. */
export const opportunityStageHistory = pgTable(
  'opportunity_stage_history',
  {
    id: idColumn(),
    opportunityId: uuid()
      .notNull()
      .references(() => opportunities.id),
    fromStage: text({ enum: opportunityStages }),
    toStage: text({ enum: opportunityStages }).notNull(),
    at: timestamp({ withTimezone: true }).notNull(),
    actorId: uuid(),
  },
  (t) => [index().on(t.opportunityId, t.at)],
);
