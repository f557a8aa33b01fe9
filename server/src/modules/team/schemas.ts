import { z } from 'zod';
import { ZUnitRef } from '../../platform/schemas.js';

/** One person's figures today (ORG-3/ORG-5): amounts in fen as digit strings (may be negative). */
export const ZTeamMember = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  position: z.string(),
  unit: ZUnitRef,
  superior: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  /** Customers (not leads) the person owns. */
  customers: z.number().int(),
  /** Opportunities in an open stage, and their amount. */
  openOpportunities: z.number().int(),
  openOpportunityFen: z.string(),
  /** AR-5: the open part of instalments in force past their due date. */
  overdueFen: z.string(),
  /** AR-4: confirmed payments received from the first of this month to today. */
  collectedThisMonthFen: z.string(),
});
export type TTeamMember = z.infer<typeof ZTeamMember>;

export const ZTeam = z.object({
  /** The company's today and the first day of its month (the company time zone). */
  today: z.string(),
  monthFrom: z.string(),
  items: z.array(ZTeamMember),
});
export type TTeam = z.infer<typeof ZTeam>;
