import { and, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import type { Actor } from '../../../platform/context.js';
import { appError } from '../../../platform/errors.js';
import { joinedUserRef } from '../../../platform/org/refs.js';
import { units, users } from '../../../platform/org/tables.js';
import { isoOrNull, isUuid } from '../../../platform/schemas.js';
import { customerContacts, customers, followUps } from '../tables.js';
import { claimableFrom, claimRulesFor } from './claim-rules.js';
import type { TPoolPreview } from './schemas.js';

/** How many of the latest follow-ups the preview shows. */
const FOLLOW_UPS_SHOWN = 5;

/**
 * 公海 preview: what a rep reads about a pool customer before claiming it — the file's
 * description, its contacts' names and titles, the latest follow-ups. Phone numbers, e-mail and
 * credit data stay out until it is claimed (ORG-5). Only customers in the pool: else 404.
 */
export async function previewPoolCustomer(
  db: DbOrTx,
  actor: Actor,
  id: string,
  at: Date,
): Promise<TPoolPreview> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [c] = await db
    .select({
      id: customers.id,
      name: customers.name,
      type: customers.type,
      level: customers.level,
      source: customers.source,
      lifecycle: customers.lifecycle,
      industry: customers.industry,
      address: customers.address,
      website: customers.website,
      tags: customers.tags,
      remark: customers.remark,
      unitId: units.id,
      unitName: units.name,
      previousOwnerId: customers.previousOwnerId,
      prevId: users.id,
      prevUsername: users.username,
      prevName: users.displayName,
      pooledAt: customers.pooledAt,
      lastFollowUpAt: customers.lastFollowUpAt,
    })
    .from(customers)
    .innerJoin(units, eq(units.id, customers.unitId))
    .leftJoin(users, eq(users.id, customers.previousOwnerId))
    .where(and(eq(customers.id, id), isNull(customers.ownerId)));
  if (!c) throw appError('NOT_FOUND');
  const contacts = await db
    .select({ id: customerContacts.id, name: customerContacts.name, title: customerContacts.title })
    .from(customerContacts)
    .where(and(eq(customerContacts.customerId, id), isNull(customerContacts.deletedAt)))
    .orderBy(desc(customerContacts.isPrimary), customerContacts.createdAt);
  const recent = await db
    .select({
      kind: followUps.kind,
      occurredAt: followUps.occurredAt,
      content: followUps.content,
      authorId: users.id,
      authorUsername: users.username,
      authorName: users.displayName,
    })
    .from(followUps)
    .leftJoin(users, eq(users.id, followUps.authorId))
    .where(eq(followUps.customerId, id))
    .orderBy(desc(followUps.occurredAt), desc(followUps.id))
    .limit(FOLLOW_UPS_SHOWN);
  const rules = await claimRulesFor(db, actor, at);
  return {
    id: c.id,
    name: c.name,
    type: c.type,
    level: c.level,
    source: c.source,
    lifecycle: c.lifecycle,
    industry: c.industry,
    address: c.address,
    website: c.website,
    tags: c.tags,
    remark: c.remark,
    unit: { id: c.unitId, name: c.unitName },
    previousOwner: joinedUserRef(c.prevId, c.prevUsername, c.prevName),
    pooledAt: isoOrNull(c.pooledAt),
    lastFollowUpAt: isoOrNull(c.lastFollowUpAt),
    claimableFrom: isoOrNull(claimableFrom(c, actor.id, rules.reclaimWaitDays, at)),
    contacts: contacts.map((k) => ({ id: k.id, name: k.name, title: k.title })),
    followUps: recent.map((f) => ({
      kind: f.kind,
      occurredAt: f.occurredAt.toISOString(),
      content: f.content,
      author: joinedUserRef(f.authorId, f.authorUsername, f.authorName),
    })),
  };
}
