import { timestamp, uuid } from 'drizzle-orm/pg-core';

/** Every table row says when it was made, by whom, and when it last changed. */
export const rowStamps = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

export const idColumn = () => uuid().primaryKey().defaultRandom();
