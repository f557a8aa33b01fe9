import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import type { Actor } from '../../platform/context.js';
import type { TTimelinePage, ZTimelineQuery } from '../../platform/timeline/schemas.js';
import { listTimeline } from '../../platform/timeline/timeline.js';
import { CUSTOMER_SUBJECT, customerInScope } from './scope.js';

/** CUS-1/CUS-8: everything that happened to a customer the actor may read, newest first. */
export async function customerTimeline(
  db: DbOrTx,
  actor: Actor,
  customerId: string,
  q: z.output<typeof ZTimelineQuery>,
): Promise<TTimelinePage> {
  const customer = await customerInScope(db, actor, customerId, 'read');
  return listTimeline(
    db,
    { subjectType: CUSTOMER_SUBJECT, subjectId: customer.id },
    { page: q.page, pageSize: q.pageSize, ...(q.kind ? { kind: q.kind } : {}) },
  );
}
