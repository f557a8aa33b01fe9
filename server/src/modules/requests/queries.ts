import { and, asc, count, desc, eq, ilike, or } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
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

export async function listGeneralRequests(
  db: DbOrTx,
  actor: Actor,
  q: z.output<typeof ZGeneralRequestQuery>,
) {
  const where = and(
    requestScope(actor),
    q.whose === 'mine' ? eq(generalRequests.ownerId, actor.id) : undefined,
    q.status ? eq(generalRequests.status, q.status) : undefined,
    q.q
      ? or(ilike(generalRequests.title, `%${q.q}%`), ilike(generalRequests.content, `%${q.q}%`))
      : undefined,
  );
  const [total] = await db.select({ n: count() }).from(generalRequests).where(where);
  const dir = q.order === 'asc' ? asc : desc;
  const rows = await base(db)
    .where(where)
    .orderBy(dir(generalRequests.updatedAt), dir(generalRequests.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return {
    items: rows.map((r) => toItem(r as Row, actor)),
    total: Number(total?.n ?? 0),
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** One request in the actor's scope; 404 otherwise. */
export async function getGeneralRequest(db: DbOrTx, actor: Actor, id: string): Promise<TGeneralRequest> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await base(db).where(and(eq(generalRequests.id, id), requestScope(actor)));
  if (!row) throw appError('NOT_FOUND');
  return toItem(row as Row, actor);
}
