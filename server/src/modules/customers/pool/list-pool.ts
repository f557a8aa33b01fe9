import { eq, ilike, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../../db/client.js';
import { containsPattern } from '../../../db/like.js';
import type { Actor } from '../../../platform/context.js';
import { listPage } from '../../../platform/lists/list-page.js';
import { joinedUserRef } from '../../../platform/org/refs.js';
import { units, users } from '../../../platform/org/tables.js';
import { inUnit } from '../../../platform/org/tree.js';
import { readPolicy } from '../../../platform/policies/read.js';
import { isoOrNull } from '../../../platform/schemas.js';
import { customerLevels } from '../policies.js';
import { customers } from '../tables.js';
import { claimableFrom, claimRulesFor } from './claim-rules.js';
import type { TPoolPage, ZPoolListQuery } from './schemas.js';

/** Name, pinyin (initials or full), the customer's phone, or a contact's phone exactly. */
function searchCondition(q: string): SQL {
  const like = containsPattern(q);
  const digits = q.replace(/[\s-]/g, '');
  return or(
    ilike(customers.name, like),
    ilike(customers.namePinyin, containsPattern(q.toLowerCase().replace(/\s+/g, ''))),
    /^\+?\d{3,}$/.test(digits)
      ? or(
          ilike(customers.phone, containsPattern(digits)),
          sql`exists (select 1 from customer_contacts cc where cc.customer_id = ${customers.id}
            and cc.deleted_at is null and cc.phones @> array[${digits}]::text[])`,
        )
      : undefined,
  )!;
}

/**
 * 公海: every customer without an owner, company-wide (the pool is open to every rep), with
 * the asking user's reclaim wait on each row.
 */
export async function listPool(
  db: DbOrTx,
  actor: Actor,
  query: z.output<typeof ZPoolListQuery>,
  at: Date,
): Promise<TPoolPage> {
  // Levels sort in the company's order (most valuable first), not alphabetically.
  const levels = await readPolicy(db, customerLevels, at);
  const rules = await claimRulesFor(db, actor, at);
  return listPage({
    db,
    rows: db
      .select({
        id: customers.id,
        name: customers.name,
        level: customers.level,
        type: customers.type,
        lifecycle: customers.lifecycle,
        industry: customers.industry,
        unitId: units.id,
        unitName: units.name,
        previousOwnerId: customers.previousOwnerId,
        prevId: users.id,
        prevUsername: users.username,
        prevName: users.displayName,
        pooledAt: customers.pooledAt,
      })
      .from(customers)
      .innerJoin(units, eq(units.id, customers.unitId))
      .leftJoin(users, eq(users.id, customers.previousOwnerId))
      .$dynamic(),
    count: db.select().from(customers).$dynamic(),
    // The pool is open to every rep, company-wide: a customer without an owner.
    scope: isNull(customers.ownerId),
    filters: [
      query.q ? searchCondition(query.q) : undefined,
      query.level ? eq(customers.level, query.level) : undefined,
      query.type ? eq(customers.type, query.type) : undefined,
      query.industry ? ilike(customers.industry, containsPattern(query.industry)) : undefined,
      query.unitId ? inUnit(customers.unitId, query.unitId, true) : undefined,
    ],
    sort: {
      keys: {
        pooledAt: { nullsLast: customers.pooledAt },
        name: customers.name,
        level: sql`coalesce(array_position(array[${sql.join(
          levels.map((l) => sql`${l}`),
          sql`, `,
        )}]::text[], ${customers.level}), ${levels.length + 1})`,
      },
      default: 'pooledAt',
      tieBreaker: customers.id,
      tieBreakerOrder: 'asc',
    },
    query,
    toItems: (rows) =>
      rows.map((r) => ({
        id: r.id,
        name: r.name,
        level: r.level,
        type: r.type,
        lifecycle: r.lifecycle,
        industry: r.industry,
        unit: { id: r.unitId, name: r.unitName },
        previousOwner: joinedUserRef(r.prevId, r.prevUsername, r.prevName),
        pooledAt: isoOrNull(r.pooledAt),
        claimableFrom: isoOrNull(claimableFrom(r, actor.id, rules.reclaimWaitDays, at)),
      })),
  });
}
