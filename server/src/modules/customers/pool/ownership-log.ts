import { count, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../../db/client.js';
import type { Actor } from '../../../platform/context.js';
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
  const where = eq(customerOwnershipLog.customerId, id);
  const [total] = await db.select({ n: count() }).from(customerOwnershipLog).where(where);
  const rows = await db
    .select()
    .from(customerOwnershipLog)
    .where(where)
    .orderBy(desc(customerOwnershipLog.at), desc(customerOwnershipLog.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const people = await userRefs(
    db,
    rows.flatMap((r) => [r.fromUserId, r.toUserId, r.actorId]),
  );
  const ref = (userId: string | null) => (userId ? (people.get(userId) ?? null) : null);
  return {
    items: rows.map((r) => ({
      id: r.id,
      change: r.change,
      from: ref(r.fromUserId),
      to: ref(r.toUserId),
      reason: r.reason,
      at: iso(r.at),
      actor: ref(r.actorId),
    })),
    total: Number(total?.n ?? 0),
    page: query.page,
    pageSize: query.pageSize,
  };
}
