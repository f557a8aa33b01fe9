import { and, eq, ilike, or } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { units, users } from '../../platform/org/tables.js';
import { iso, isUuid } from '../../platform/schemas.js';
import type { TGeneralRequest, ZGeneralRequestQuery } from './schemas.js';
import { requestScope } from './scope.js';
import { generalRequests } from './tables.js';

const columns = {
  id: generalRequests.id,
  title: generalRequests.title,
  content: generalRequests.content,
  amountFen: generalRequests.amountFen,
  status: generalRequests.status,
  createdAt: generalRequests.createdAt,
  updatedAt: generalRequests.updatedAt,
  ownerId: users.id,
  ownerUsername: users.username,
  ownerName: users.displayName,
  unitId: units.id,
  unitName: units.name,
};

type Row = {
  id: string;
  title: string;
  content: string;
  amountFen: bigint | string | null;
  status: TGeneralRequest['status'];
  createdAt: Date;
  updatedAt: Date;
  ownerId: string;
  ownerUsername: string;
  ownerName: string;
  unitId: string;
  unitName: string;
};

/** Only the writer edits, and only while it is not pending or approved (the approval lock). */
export const editableStatuses: TGeneralRequest['status'][] = ['draft', 'rejected', 'withdrawn'];

function toItem(row: Row, actor: Actor): TGeneralRequest {
  return {
    id: row.id,
    title: row.title,
    content: row.content,
    amountFen: row.amountFen === null ? null : String(row.amountFen),
    status: row.status,
    owner: { id: row.ownerId, username: row.ownerUsername, displayName: row.ownerName },
    unit: { id: row.unitId, name: row.unitName },
    canEdit: row.ownerId === actor.id && editableStatuses.includes(row.status),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

function base(db: DbOrTx) {
  return db
    .select(columns)
    .from(generalRequests)
    .innerJoin(users, eq(users.id, generalRequests.ownerId))
    .innerJoin(units, eq(units.id, generalRequests.unitId));
}

export function listGeneralRequests(db: DbOrTx, actor: Actor, q: z.output<typeof ZGeneralRequestQuery>) {
  return listPage({
    db,
    rows: base(db).$dynamic(),
    count: db.select().from(generalRequests).$dynamic(),
    scope: requestScope(actor),
    filters: [
      q.whose === 'mine' ? eq(generalRequests.ownerId, actor.id) : undefined,
      q.status ? eq(generalRequests.status, q.status) : undefined,
      q.q
        ? or(ilike(generalRequests.title, `%${q.q}%`), ilike(generalRequests.content, `%${q.q}%`))
        : undefined,
    ],
    sort: {
      keys: { updatedAt: generalRequests.updatedAt },
      default: 'updatedAt',
      tieBreaker: generalRequests.id,
    },
    query: { page: q.page, pageSize: q.pageSize, order: q.order },
    toItems: (rows) => rows.map((r) => toItem(r as Row, actor)),
  });
}

/** One request in the actor's scope; 404 otherwise. */
export async function getGeneralRequest(db: DbOrTx, actor: Actor, id: string): Promise<TGeneralRequest> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await base(db).where(and(eq(generalRequests.id, id), requestScope(actor)));
  if (!row) throw appError('NOT_FOUND');
  return toItem(row as Row, actor);
}
