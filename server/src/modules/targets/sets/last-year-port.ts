import type { DbOrTx } from '../../../db/client.js';
import { definePort } from '../../../platform/events/ports.js';
import type { TargetSubject } from '../in-force.js';
import type { TargetMetric } from '../tables.js';

/** What a split by last year's share asks: one metric's actuals of the children in a year. */
export interface LastYearQuery {
  metric: TargetMetric;
  /** Product category for volume; '' for all. */
  category: string;
  subjects: readonly TargetSubject[];
  /** The year whose actuals are read (the year before the set's). */
  year: number;
  /** When it is asked (the company's time zone in force then). */
  at: Date;
}

/**
 * PLAN-3: a split by last year's share needs each child's actuals of the year before, month by
 * month (`<type>:<id>` → 12 values, January first). The indicators module computes them from
 * the records and depends on targets, so it answers through this port (ADR 16), never the
 * other way round.
 */
export const lastYearActualsPort =
  definePort<(db: DbOrTx, q: LastYearQuery) => Promise<Map<string, bigint[]>>>('targets.lastYearActuals');
