import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { containsPattern } from '../../db/like.js';
import { GENERIC } from '../../db/named-statements.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import {
  actorValues,
  placeholderActor,
  scopesShape,
  statementOfShape,
} from '../../platform/access/statement-shapes.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { type ListSort, listPage } from '../../platform/lists/list-page.js';
import { joinedUserRef } from '../../platform/org/refs.js';
import { units, users } from '../../platform/org/tables.js';
import { inUnit, subordinateIdsSql } from '../../platform/org/tree.js';
import { iso, isoOrNull, isUuid } from '../../platform/schemas.js';
import { normalisePhone } from './name-key.js';
import type { TCustomer, TCustomerListItem, TCustomerPage, ZCustomerQuery } from './schemas.js';
import { customerReadScope, customerReadScopeArms, customerWriteScope } from './scope.js';
import { customerCollaborators, customers } from './tables.js';

type CustomerQuery = z.output<typeof ZCustomerQuery>;

/**
 * The customer's main contact: the primary one, else the oldest live one. A subquery per
 * row of the page (evaluated after LIMIT), never a query per row from the application.
 */
const primaryContact = sql<{ id: string; name: string; phones: string[] } | null>`(
  select json_build_object('id', pc.id, 'name', pc.name, 'phones', pc.phones)
  from customer_contacts pc
  where pc.customer_id = ${customers.id} and pc.deleted_at is null
  order by pc.is_primary desc, pc.created_at, pc.id
  limit 1)`;

const listColumns = {
  id: customers.id,
  name: customers.name,
  creditCode: customers.creditCode,
  industry: customers.industry,
  type: customers.type,
  level: customers.level,
  source: customers.source,
  lifecycle: customers.lifecycle,
  phone: customers.phone,
  tags: customers.tags,
  potentialScore: customers.potentialScore,
  creditLimitFen: customers.creditLimitFen,
  creditRating: customers.creditRating,
  lastFollowUpAt: customers.lastFollowUpAt,
  createdAt: customers.createdAt,
  updatedAt: customers.updatedAt,
  ownerId: users.id,
  ownerUsername: users.username,
  ownerName: users.displayName,
  unitId: units.id,
  unitName: units.name,
  primaryContact,
};

type ListRow = {
  id: string;
  name: string;
  creditCode: string | null;
  industry: string | null;
  type: TCustomerListItem['type'];
  level: string;
  source: TCustomerListItem['source'];
  lifecycle: TCustomerListItem['lifecycle'];
  phone: string | null;
  tags: string[];
  potentialScore: number | null;
  creditLimitFen: bigint | string | null;
  creditRating: string | null;
  lastFollowUpAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  ownerId: string | null;
  ownerUsername: string | null;
  ownerName: string | null;
  unitId: string;
  unitName: string;
  primaryContact: { id: string; name: string; phones: string[] } | null;
};

function toListItem(r: ListRow): TCustomerListItem {
  return {
    id: r.id,
    name: r.name,
    creditCode: r.creditCode,
    industry: r.industry,
    type: r.type,
    level: r.level,
    source: r.source,
    lifecycle: r.lifecycle,
    owner: joinedUserRef(r.ownerId, r.ownerUsername, r.ownerName),
    unit: { id: r.unitId, name: r.unitName },
    phone: r.phone,
    primaryContact: r.primaryContact,
    tags: r.tags,
    potentialScore: r.potentialScore,
    creditLimitFen: r.creditLimitFen === null ? null : String(r.creditLimitFen),
    creditRating: r.creditRating,
    lastFollowUpAt: isoOrNull(r.lastFollowUpAt),
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

/**
 * The bigram prefilter of one search arm (ADR 19): rows whose `search_bigrams` hold every
 * two-character piece of the term, computed by the same SQL function that fills the column
 * (`fold`: lower-cased first, as ILIKE compares). A GIN index serves it; the arm's own
 * LIKE/ILIKE still decides. A one-character term has no bigram: no prefilter, a scan as before.
 */
function hasBigrams(table: 'customers' | 'sc', term: string, fold: boolean): SQL | undefined {
  if ([...term].length < 2) return undefined;
  const value = fold ? sql`lower(${term}::text)` : sql`${term}::text`;
  return sql`${sql.raw(`"${table}"`)}.search_bigrams @> text_bigrams(array[${value}])`;
}

/**
 * An arm: its own test first, so a row read without the index (a scan, or the scope's index)
 * pays for the array check only when the text matches; the planner finds the prefilter for
 * the GIN index wherever it stands.
 */
const arm = (test: SQL, prefilter: SQL | undefined): SQL =>
  prefilter ? sql`(${test} and ${prefilter})` : test;

/**
 * CUS-1 search: the name, its pinyin (initials "bjhy" or full), the company phone, and the
 * contacts' names and phones. Each arm is its LIKE/ILIKE with a bigram prefilter (terms of two
 * characters or more, so `建材` is served by an index too). The matching contacts are looked up
 * once per query (an InitPlan), not per customer row.
 */
export function customerSearchCondition(text: string): SQL {
  const pattern = containsPattern(text);
  const parts: SQL[] = [arm(sql`${customers.name} ilike ${pattern}`, hasBigrams('customers', text, true))];
  const letters = text.toLowerCase().replace(/[\s'’]/g, '');
  if (/^[a-z0-9]+$/.test(letters) && /[a-z]/.test(letters)) {
    const like = sql`${customers.namePinyin} like ${containsPattern(letters)}`;
    parts.push(arm(like, hasBigrams('customers', letters, false)));
  }
  const digits = normalisePhone(text);
  const phoneLike = /^\+?\d{3,20}$/.test(digits) ? containsPattern(digits) : null;
  if (phoneLike)
    parts.push(arm(sql`${customers.phone} like ${phoneLike}`, hasBigrams('customers', digits, false)));
  const contactParts = [arm(sql`sc.name ilike ${pattern}`, hasBigrams('sc', text, true))];
  if (phoneLike) {
    const like = sql`array_to_string(sc.phones, ' ') like ${phoneLike}`;
    contactParts.push(arm(like, hasBigrams('sc', digits, false)));
  }
  parts.push(sql`${customers.id} = any(array(
    select sc.customer_id from customer_contacts sc
    where sc.deleted_at is null and (${sql.join(contactParts, sql` or `)})))`);
  return sql`(${sql.join(parts, sql` or `)})`;
}

/** The saved views: 我负责的 · 下属负责的 · 我参与的 · everything in scope. */
function viewCondition(actor: Actor, view: CustomerQuery['view']): SQL | undefined {
  switch (view) {
    case 'mine':
      return eq(customers.ownerId, actor.id);
    case 'subordinates':
      return sql`${customers.ownerId} in ${subordinateIdsSql(actor.id, { withSelf: false })}`;
    case 'collaborating':
      return sql`exists (select 1 from customer_collaborators vc
        where vc.customer_id = ${customers.id} and vc.user_id = ${actor.id})`;
    default:
      return undefined;
  }
}

/** The WHERE of the customer list: the actor's read scope, the view, and the filters (a unit with the units below it). */
export function customerListCondition(actor: Actor, q: Omit<CustomerQuery, 'page' | 'pageSize'>): SQL {
  return and(customerReadScope(actor), customerListFilters(actor, q))!;
}

/** The view and the filters of the customer list, without the read scope. */
function customerListFilters(actor: Actor, q: Omit<CustomerQuery, 'page' | 'pageSize'>): SQL {
  return and(
    eq(customers.lifecycle, q.lifecycle),
    viewCondition(actor, q.view),
    q.type ? eq(customers.type, q.type) : undefined,
    q.level ? eq(customers.level, q.level) : undefined,
    q.source ? eq(customers.source, q.source) : undefined,
    q.ownerId ? eq(customers.ownerId, q.ownerId) : undefined,
    q.unitId ? inUnit(customers.unitId, q.unitId, true) : undefined,
    q.industry ? eq(customers.industry, q.industry) : undefined,
    q.tag ? sql`${customers.tags} @> array[${q.tag}]::text[]` : undefined,
    q.q ? customerSearchCondition(q.q) : undefined,
  )!;
}

/** The sort keys of the customer list; ties by id in the same direction. */
const customerSort: ListSort<CustomerQuery['sort']> = {
  keys: {
    updatedAt: customers.updatedAt,
    createdAt: customers.createdAt,
    name: customers.name,
    // Customers never followed up come last in either direction.
    lastFollowUpAt: { nullsLast: customers.lastFollowUpAt },
    level: customers.level,
  },
  default: 'updatedAt',
  order: 'desc',
  tieBreaker: customers.id,
};

/**
 * ORG-5/CUS-1: the customer list in the actor's scope — counted (up to 10,000; a search up to
 * 1,000) and paged in SQL, by page number and then by cursor. `countCap` sets the cap (tests).
 */
export function listCustomers(
  db: DbOrTx,
  actor: Actor,
  q: CustomerQuery,
  opts: { countCap?: number } = {},
): Promise<TCustomerPage> {
  return listPage({
    db,
    rows: (cursor) =>
      db
        .select({ ...listColumns, cursor })
        .from(customers)
        .leftJoin(users, eq(users.id, customers.ownerId))
        .innerJoin(units, eq(units.id, customers.unitId))
        .$dynamic(),
    count: db.select().from(customers).$dynamic(),
    scope: customerReadScope(actor),
    filters: [customerListFilters(actor, q)],
    // A rep's scope is an OR (own, or collaborating): read as two index-served arms (ADR 35).
    scopeArms: customerReadScopeArms(actor),
    sort: customerSort,
    query: q,
    toItems: (rows) => rows.map((r) => toListItem(r as ListRow)),
    countCap: opts.countCap,
    // Without a text search the plan is the scope's or the filters' index whatever the values;
    // a search's best plan depends on its term (ADR 35).
    genericPlans: !q.q,
  });
}

const previousOwner = alias(users, 'previous_owner');
const customerCols = { owner: customers.ownerId, unit: customers.unitId };

/**
 * The customer page's statement, built once per shape (ADR 37): whether it is scoped and the
 * actor's scopes of reading, changing and assigning customers; the customer's id and the actor's
 * id and unit are placeholders.
 */
function customerPageStatement(db: DbOrTx, actor: Actor, scoped: boolean) {
  const shape = `customer-page:${scoped}:${scopesShape(actor, ['customer:read', 'customer:write', 'customer:assign'])}`;
  return statementOfShape(db, shape, () => {
    const who = placeholderActor(actor);
    return (
      db
        .select({
          ...listColumns,
          address: customers.address,
          website: customers.website,
          qualification: customers.qualification,
          convertedAt: customers.convertedAt,
          remark: customers.remark,
          ownedSince: customers.ownedSince,
          pooledAt: customers.pooledAt,
          previousOwnerId: previousOwner.id,
          previousOwnerUsername: previousOwner.username,
          previousOwnerName: previousOwner.displayName,
          collaborator: customerCollaborators.access,
          canEdit: sql<boolean>`(${customerWriteScope(who)})`,
          canAssign: sql<boolean>`(${scopeCondition(who, 'customer:assign', customerCols)})`,
        })
        .from(customers)
        .leftJoin(users, eq(users.id, customers.ownerId))
        .innerJoin(units, eq(units.id, customers.unitId))
        .leftJoin(previousOwner, eq(previousOwner.id, customers.previousOwnerId))
        .leftJoin(
          customerCollaborators,
          and(eq(customerCollaborators.customerId, customers.id), eq(customerCollaborators.userId, who.id)),
        )
        .where(and(eq(customers.id, sql.placeholder('id')), scoped ? customerReadScope(who) : undefined))
        // One row by its key, whatever the values: planned once per connection (ADR 35).
        .prepare(GENERIC)
    );
  });
}

/**
 * The customer page: the file and what the actor may do with it. With `scoped: false` the
 * caller has already decided the actor may see it (e.g. right after creating it for someone).
 */
export async function getCustomer(
  db: DbOrTx,
  actor: Actor,
  id: string,
  opts: { scoped?: boolean } = {},
): Promise<TCustomer> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const scoped = opts.scoped !== false;
  const [row] = await customerPageStatement(db, actor, scoped).execute({ id, ...actorValues(actor) });
  if (!row) throw appError('NOT_FOUND');
  return {
    ...toListItem(row as ListRow),
    address: row.address,
    website: row.website,
    qualification: (row.qualification ?? null) as Record<string, number> | null,
    convertedAt: isoOrNull(row.convertedAt),
    remark: row.remark,
    previousOwner: joinedUserRef(row.previousOwnerId, row.previousOwnerUsername, row.previousOwnerName),
    ownedSince: isoOrNull(row.ownedSince),
    pooledAt: isoOrNull(row.pooledAt),
    access: {
      isOwner: row.ownerId === actor.id,
      collaborator: row.collaborator ?? null,
      canEdit: Boolean(row.canEdit),
      canAssign: Boolean(row.canAssign),
    },
  };
}

/** CUS-5: any customer by name, pinyin or phone, company-wide; only id, name and owner. */
export async function lookupCustomers(db: DbOrTx, text: string, limit = 20) {
  const rows = await db
    .select({
      id: customers.id,
      name: customers.name,
      ownerId: users.id,
      ownerUsername: users.username,
      ownerName: users.displayName,
    })
    .from(customers)
    .leftJoin(users, eq(users.id, customers.ownerId))
    .where(customerSearchCondition(text))
    // Names that start with the text first.
    .orderBy(sql`strpos(lower(${customers.name}), lower(${text})) = 1 desc`, asc(customers.name))
    .limit(limit);
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      owner: joinedUserRef(r.ownerId, r.ownerUsername, r.ownerName),
    })),
  };
}

/** A customer by id whatever the actor's scope (CUS-5 service); 404 only when it does not exist. */
export async function existingCustomer(db: DbOrTx, id: string) {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await db
    .select({ id: customers.id, name: customers.name, ownerId: customers.ownerId, unitId: customers.unitId })
    .from(customers)
    .where(eq(customers.id, id));
  if (!row) throw appError('NOT_FOUND');
  return row;
}
