import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import type { Actor } from '../../platform/context.js';
import { listPage, newestFirst } from '../../platform/lists/list-page.js';
import { users } from '../../platform/org/tables.js';
import { iso, isoOrNull } from '../../platform/schemas.js';
import type { TFollowUp, TFollowUpPage, ZFollowUpQuery } from './schemas.js';
import { customerInScope } from './scope.js';
import { customerContacts, followUps } from './tables.js';

const author = alias(users, 'author');

const columns = {
  id: followUps.id,
  customerId: followUps.customerId,
  kind: followUps.kind,
  occurredAt: followUps.occurredAt,
  content: followUps.content,
  opportunityId: followUps.opportunityId,
  nextStep: followUps.nextStep,
  nextStepAt: followUps.nextStepAt,
  createdAt: followUps.createdAt,
  contactId: customerContacts.id,
  contactName: customerContacts.name,
  authorId: author.id,
  authorUsername: author.username,
  authorName: author.displayName,
};

function base(db: DbOrTx) {
  return db
    .select(columns)
    .from(followUps)
    .innerJoin(author, eq(author.id, followUps.authorId))
    .leftJoin(customerContacts, eq(customerContacts.id, followUps.contactId));
}

type Row = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

function toFollowUp(r: Row): TFollowUp {
  return {
    id: r.id,
    customerId: r.customerId,
    kind: r.kind,
    occurredAt: iso(r.occurredAt),
    content: r.content,
    contact: r.contactId && r.contactName !== null ? { id: r.contactId, name: r.contactName } : null,
    opportunityId: r.opportunityId,
    nextStep: r.nextStep,
    nextStepAt: isoOrNull(r.nextStepAt),
    author: { id: r.authorId, username: r.authorUsername, displayName: r.authorName },
    createdAt: iso(r.createdAt),
  };
}

/** CUS-8: a customer's follow-ups (service logs included), newest first; the customer in read scope. */
export async function listFollowUps(
  db: DbOrTx,
  actor: Actor,
  customerId: string,
  q: z.output<typeof ZFollowUpQuery>,
): Promise<TFollowUpPage> {
  const customer = await customerInScope(db, actor, customerId, 'read');
  return listPage({
    db,
    rows: base(db).$dynamic(),
    count: db.select().from(followUps).$dynamic(),
    // The customer is in the actor's read scope (above); its follow-ups with it.
    scope: eq(followUps.customerId, customer.id),
    filters: [q.kind ? eq(followUps.kind, q.kind) : undefined],
    sort: newestFirst(followUps.occurredAt, followUps.id),
    query: { page: q.page, pageSize: q.pageSize },
    toItems: (rows) => rows.map(toFollowUp),
  });
}

/** One follow-up as the API shows it (the caller has checked access). */
export async function followUpById(db: DbOrTx, id: string): Promise<TFollowUp> {
  const [row] = await base(db).where(eq(followUps.id, id));
  if (!row) throw new Error(`follow-up ${id} not found`);
  return toFollowUp(row);
}
