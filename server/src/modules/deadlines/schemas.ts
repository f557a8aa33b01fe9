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
  /** Where the item is handled in the web app (its kind's or subject's link), as 待办 shows it. */
  link: z.string().nullable(),
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
  /** Only items of this kind (e.g. `followup`: the next steps of my follow-ups). */
  kind: z.string().trim().max(60).optional(),
  /** `today`: only items due before the end of today in the company time zone (overdue ones too). */
  dueBy: z.enum(['today']).optional(),
  sort: ZDueSort,
});

export type TDueItem = z.infer<typeof ZDueItem>;
export type TDueItemPage = z.infer<typeof ZDueItemPage>;
export type TOverdueQuery = z.infer<typeof ZOverdueQuery>;
export type TMineQuery = z.infer<typeof ZMineQuery>;
