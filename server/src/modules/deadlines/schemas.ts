import { z } from 'zod';
import { ZDateTime, ZPageQuery, ZUnitRef, ZUserRef, zPage } from '../../platform/schemas.js';

export const ZDueItem = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: z.string(),
  owner: ZUserRef,
  unit: ZUnitRef,
  subjectType: z.string(),
  subjectId: z.string(),
  dueAt: ZDateTime,
  /** Open and past its due time (business clock). */
  isOverdue: z.boolean(),
  /** Whole calendar days past the due date in the company time zone (0 = due today or not yet). */
  daysOverdue: z.number().int(),
  rungsFired: z.number().int(),
});
export const ZDueItemPage = zPage(ZDueItem);

const ZDueSort = z.enum(['dueAt', 'owner']).default('dueAt');

export const ZOverdueQuery = ZPageQuery.extend({
  ownerId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  /** Include units below unitId. */
  unitTree: z.enum(['true', 'false']).default('true'),
  kind: z.string().trim().max(60).optional(),
  sort: ZDueSort,
});

export const ZMineQuery = ZPageQuery.extend({
  /** Only overdue items, or every open item of mine. */
  overdueOnly: z.enum(['true', 'false']).default('false'),
  sort: ZDueSort,
});

export type TDueItem = z.infer<typeof ZDueItem>;
export type TDueItemPage = z.infer<typeof ZDueItemPage>;
export type TOverdueQuery = z.infer<typeof ZOverdueQuery>;
export type TMineQuery = z.infer<typeof ZMineQuery>;
