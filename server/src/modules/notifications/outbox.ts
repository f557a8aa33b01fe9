import { eq, ilike, or } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { containsPattern } from '../../db/like.js';
import { listPage } from '../../platform/lists/list-page.js';
import { mailOutbox } from '../../platform/notifications/tables.js';
import { iso, isoOrNull } from '../../platform/schemas.js';
import type { TMail, ZMailListQuery } from './schemas.js';

/** All mail (sent, failed and kept in the outbox), for administrators; paged in SQL. */
export function listMail(db: DbOrTx, query: z.output<typeof ZMailListQuery>) {
  const like = query.q ? containsPattern(query.q) : null;
  return listPage({
    db,
    rows: db.select().from(mailOutbox).$dynamic(),
    count: db.select().from(mailOutbox).$dynamic(),
    // Administrators only (the route's permission): every mail.
    scope: undefined,
    filters: [
      query.status ? eq(mailOutbox.status, query.status) : undefined,
      like ? or(ilike(mailOutbox.toAddress, like), ilike(mailOutbox.subject, like)) : undefined,
    ],
    sort: { keys: { createdAt: mailOutbox.createdAt }, default: 'createdAt', tieBreaker: mailOutbox.id },
    query: { page: query.page, pageSize: query.pageSize, order: query.order },
    toItems: (rows) =>
      rows.map(
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
  });
}
