import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../../db/client.js';
import type { Actor } from '../../../platform/context.js';
import { listPage, newestFirst } from '../../../platform/lists/list-page.js';
import { userRefs } from '../../../platform/org/refs.js';
import { iso } from '../../../platform/schemas.js';
import { customerInScope } from '../scope.js';
import { customerOwnershipLog } from '../tables.js';
import type { TOwnershipLogPage, ZOwnershipLogQuery } from './schemas.js';

/** A customer's changes of owner, newest first, for anyone who may read the customer. */
export async function listOwnershipLog(
  db: DbOrTx,
  actor: Actor,
  id: string,
  query: z.output<typeof ZOwnershipLogQuery>,
): Promise<TOwnershipLogPage> {
  await customerInScope(db, actor, id, 'read');
  return listPage({
    db,
    rows: db.select().from(customerOwnershipLog).$dynamic(),
    count: db.select().from(customerOwnershipLog).$dynamic(),
    // The customer is in the actor's read scope (above); its log with it.
    scope: eq(customerOwnershipLog.customerId, id),
    sort: newestFirst(customerOwnershipLog.at, customerOwnershipLog.id),
    query: { page: query.page, pageSize: query.pageSize },
    toItems: async (rows) => {
      const people = await userRefs(
        db,
        rows.flatMap((r) => [r.fromUserId, r.toUserId, r.actorId]),
      );
      const ref = (userId: string | null) => (userId ? (people.get(userId) ?? null) : null);
      return rows.map((r) => ({
        id: r.id,
        change: r.change,
        from: ref(r.fromUserId),
        to: ref(r.toUserId),
        reason: r.reason,
        at: iso(r.at),
        actor: ref(r.actorId),
      }));
    },
  });
}
