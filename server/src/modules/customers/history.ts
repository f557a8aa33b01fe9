import { and, eq, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { auditLog } from '../../platform/audit/tables.js';
import type { Actor } from '../../platform/context.js';
import { files } from '../../platform/files/tables.js';
import { listPage } from '../../platform/lists/list-page.js';
import { joinedUserRef } from '../../platform/org/refs.js';
import { users } from '../../platform/org/tables.js';
import { iso } from '../../platform/schemas.js';
import type { TCustomerHistoryPage, ZCustomerHistoryQuery } from './schemas.js';
import { CUSTOMER_SUBJECT, customerInScope } from './scope.js';

/**
 * The change-history tab: every audit row about the customer — the file itself, its contacts,
 * team, follow-ups and ownership (all filed under the customer) and its attachments (filed
 * under the file, found through the file's subject) — newest first.
 */
export async function customerHistory(
  db: DbOrTx,
  actor: Actor,
  customerId: string,
  q: z.output<typeof ZCustomerHistoryQuery>,
): Promise<TCustomerHistoryPage> {
  const customer = await customerInScope(db, actor, customerId, 'read');
  return listPage({
    db,
    rows: db
      .select({
        id: auditLog.id,
        at: auditLog.at,
        actorId: users.id,
        actorUsername: users.username,
        actorDisplayName: users.displayName,
        actorName: auditLog.actorName,
        action: auditLog.action,
        entity: auditLog.entity,
        entityId: auditLog.entityId,
        before: auditLog.before,
        after: auditLog.after,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .$dynamic(),
    count: db.select().from(auditLog).$dynamic(),
    // The customer is in the actor's read scope (above); its audit rows with it.
    scope: or(
      and(eq(auditLog.entity, CUSTOMER_SUBJECT), eq(auditLog.entityId, customer.id)),
      and(
        eq(auditLog.entity, 'file'),
        sql`${auditLog.entityId} in (select ${files.id}::text from ${files}
          where ${files.subjectType} = ${CUSTOMER_SUBJECT} and ${files.subjectId} = ${customer.id})`,
      ),
    ),
    // The id is the order of writing.
    sort: { keys: { written: () => [] }, default: 'written', order: 'desc', tieBreaker: auditLog.id },
    query: { page: q.page, pageSize: q.pageSize },
    toItems: (rows) =>
      rows.map((r) => ({
        id: r.id,
        at: iso(r.at),
        actor: joinedUserRef(r.actorId, r.actorUsername, r.actorDisplayName),
        actorName: r.actorName,
        action: r.action,
        entity: r.entity,
        entityId: r.entityId,
        before: r.before,
        after: r.after,
      })),
  });
}
