import { and, asc, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { containsPattern } from '../../db/like.js';
import { mailOutbox } from '../../platform/notifications/tables.js';
import { iso, isoOrNull } from '../../platform/schemas.js';
import type { TMail, ZMailListQuery } from './schemas.js';

/** All mail (sent, failed and kept in the outbox), for administrators; paged in SQL. */
export async function listMail(db: DbOrTx, query: z.output<typeof ZMailListQuery>) {
  const conditions: SQL[] = [];
  if (query.status) conditions.push(eq(mailOutbox.status, query.status));
  if (query.q) {
    const like = containsPattern(query.q);
    const match = or(ilike(mailOutbox.toAddress, like), ilike(mailOutbox.subject, like));
    if (match) conditions.push(match);
  }
  const where = and(...conditions);
  const order = query.order === 'asc' ? asc : desc;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(mailOutbox)
      .where(where)
      .orderBy(order(mailOutbox.createdAt), order(mailOutbox.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(mailOutbox).where(where),
  ]);
  return {
    items: rows.map(
      (r): TMail => ({
        id: r.id,
        toAddress: r.toAddress,
        userId: r.userId,
        subject: r.subject,
        body: r.body,
        status: r.status,
        error: r.error,
        createdAt: iso(r.createdAt),
        sentAt: isoOrNull(r.sentAt),
      }),
    ),
    total: Number(total?.n ?? 0),
    page: query.page,
    pageSize: query.pageSize,
  };
}
