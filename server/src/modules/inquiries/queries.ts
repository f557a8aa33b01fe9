import { and, eq, gte, ilike, lte, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { containsPattern } from '../../db/like.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { listPage, ordered } from '../../platform/lists/list-page.js';
import { joinedUserRef } from '../../platform/org/refs.js';
import { units, users } from '../../platform/org/tables.js';
import { iso, isUuid } from '../../platform/schemas.js';
import { customers } from '../customers/index.js';
import type { TInquiry, ZInquiryQuery } from './schemas.js';
import { inquiryReadScope } from './scope.js';
import { inquiries } from './tables.js';

const recorder = alias(users, 'recorder');
const assignee = alias(users, 'assignee');

function base(db: DbOrTx) {
  return db
    .select({
      entry: inquiries,
      recorderUsername: recorder.username,
      recorderName: recorder.displayName,
      assigneeUsername: assignee.username,
      assigneeName: assignee.displayName,
      unitName: units.name,
      customerName: customers.name,
    })
    .from(inquiries)
    .innerJoin(recorder, eq(recorder.id, inquiries.recordedBy))
    .leftJoin(assignee, eq(assignee.id, inquiries.assigneeId))
    .innerJoin(units, eq(units.id, inquiries.unitId))
    .leftJoin(customers, eq(customers.id, inquiries.customerId));
}

type Row = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

function toItem(r: Row): TInquiry {
  const e = r.entry;
  return {
    id: e.id,
    number: e.number,
    year: e.year,
    seq: e.seq,
    name: e.name,
    contact: e.contact,
    inquiry: e.inquiry,
    contactDate: e.contactDate,
    channel: e.channel,
    status: e.status,
    recordedBy: { id: e.recordedBy, username: r.recorderUsername, displayName: r.recorderName },
    assignee: joinedUserRef(e.assigneeId, r.assigneeUsername, r.assigneeName),
    unit: { id: e.unitId, name: r.unitName },
    customer: e.customerId && r.customerName !== null ? { id: e.customerId, name: r.customerName } : null,
    createdAt: iso(e.createdAt),
    updatedAt: iso(e.updatedAt),
  };
}

/** CUS-2: the register in the actor's scope, paged, sorted by number or contact date. */
export function listInquiries(db: DbOrTx, actor: Actor, q: z.output<typeof ZInquiryQuery>) {
  const like = q.q ? containsPattern(q.q) : undefined;
  return listPage({
    db,
    rows: base(db).$dynamic(),
    count: db.select().from(inquiries).$dynamic(),
    scope: inquiryReadScope(actor),
    filters: [
      q.status ? eq(inquiries.status, q.status) : undefined,
      q.year ? eq(inquiries.year, q.year) : undefined,
      q.from ? gte(inquiries.contactDate, q.from) : undefined,
      q.to ? lte(inquiries.contactDate, q.to) : undefined,
      like
        ? or(
            ilike(inquiries.name, like),
            ilike(inquiries.contact, like),
            ilike(inquiries.inquiry, like),
            ilike(inquiries.number, like),
          )
        : undefined,
    ],
    sort: {
      keys: {
        number: (dir) => [ordered(dir, inquiries.year), ordered(dir, inquiries.seq)],
        contactDate: (dir) => [
          ordered(dir, inquiries.contactDate),
          ordered(dir, inquiries.year),
          ordered(dir, inquiries.seq),
        ],
      },
      default: 'number',
      tieBreaker: inquiries.id,
    },
    query: q,
    toItems: (rows) => rows.map(toItem),
  });
}

/** One entry in the actor's scope; 404 otherwise. */
export async function getInquiry(db: DbOrTx, actor: Actor, id: string): Promise<TInquiry> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await base(db).where(and(eq(inquiries.id, id), inquiryReadScope(actor)));
  if (!row) throw appError('NOT_FOUND');
  return toItem(row);
}

/**
 * An entry as just written, whatever the writer's scope: someone who records an entry for a
 * colleague sees the result of their own write once, not afterwards.
 */
export async function loadInquiry(db: DbOrTx, id: string): Promise<TInquiry> {
  const [row] = await base(db).where(eq(inquiries.id, id));
  if (!row) throw appError('NOT_FOUND');
  return toItem(row);
}
