import { z } from 'zod';
import { zDate } from '../../../platform/schemas.js';
import { visitStatuses } from '../tables.js';

/** The visit list's filters (rep, customer, status, planned day from/to, purpose), for the export. */
export const ZVisitExportQuery = z.object({
  repId: z.uuid().optional(),
  customerId: z.uuid().optional(),
  status: z.enum(visitStatuses).optional(),
  purpose: z.string().trim().max(60).optional(),
  /** Planned day from / to (company time zone), both included. */
  from: zDate.optional(),
  to: zDate.optional(),
});
export type TVisitExportQuery = z.infer<typeof ZVisitExportQuery>;
