import { and, asc, eq, type Placeholder, type SQL, sql } from 'drizzle-orm';
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
import { type ListSort, listPageOfShape } from '../../platform/lists/list-page.js';
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

/** A value compared in the list's SQL: a request's own, or a placeholder for it (ADR 37). */
type Value = string | Placeholder;

/**
 * The bigram prefilter of one search arm (ADR 19): rows whose `search_bigrams` hold every
 * two-character piece of the term, computed by the same SQL function that fills the column
 * (`fold`: lower-cased first, as ILIKE compares). A GIN index serves it; the arm's own
 * LIKE/ILIKE still decides. A one-character term has no bigram: no prefilter, a scan as before.
 */
function hasBigrams(table: 'customers' | 'sc', term: Value, fold: boolean): SQL {
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

/** What a search compares: the term, its letters (a pinyin search) and its digits (a phone search), each with its pattern. */
interface SearchTerms<V extends Value = Value> {
  text: V;
  pattern: V;
  /** Two characters or more: the term has bigrams. */
  textBigrams: boolean;
  letters: { term: V; pattern: V; bigrams: boolean } | null;
  digits: { term: V; pattern: V; bigrams: boolean } | null;
}

const twoOrMore = (s: string) => [...s].length >= 2;

/** The terms of a search text: letters only when it reads as pinyin, digits only when it reads as a phone fragment. */
function searchTerms(text: string): SearchTerms<string> {
  const letters = text.toLowerCase().replace(/[\s'’]/g, '');
  const digits = normalisePhone(text);
  return {
    text,
    pattern: containsPattern(text),
    textBigrams: twoOrMore(text),
    letters:
      /^[a-z0-9]+$/.test(letters) && /[a-z]/.test(letters)
        ? { term: letters, pattern: containsPattern(letters), bigrams: twoOrMore(letters) }
        : null,
    digits: /^\+?\d{3,20}$/.test(digits)
      ? { term: digits, pattern: containsPattern(digits), bigrams: twoOrMore(digits) }
      : null,
  };
}

/** The shape of a search's condition (which arms, which with bigrams) and its terms as placeholders with their values. */
function searchOfShape(t: SearchTerms<string>) {
  const b = (has: boolean) => (has ? 'b' : 'o');
  const part = (p: { bigrams: boolean } | null) => (p ? b(p.bigrams) : '-');
  const ph = (name: string) => sql.placeholder(name);
  return {
    shape: `${b(t.textBigrams)}${part(t.letters)}${part(t.digits)}`,
    terms: {
      text: ph('qText'),
      pattern: ph('qPattern'),
      textBigrams: t.textBigrams,
      letters: t.letters && {
        term: ph('qLetters'),
        pattern: ph('qLettersPattern'),
        bigrams: t.letters.bigrams,
      },
      digits: t.digits && { term: ph('qDigits'), pattern: ph('qDigitsPattern'), bigrams: t.digits.bigrams },
    } satisfies SearchTerms,
    values: {
      qText: t.text,
      qPattern: t.pattern,
      qLetters: t.letters?.term,
      qLettersPattern: t.letters?.pattern,
      qDigits: t.digits?.term,
      qDigitsPattern: t.digits?.pattern,
    },
  };
}

/**
 * CUS-1 search: the name, its pinyin (initials "bjhy" or full), the company phone, and the
 * contacts' names and phones. Each arm is its LIKE/ILIKE with a bigram prefilter (terms of two
 * characters or more, so `建材` is served by an index too). The matching contacts are looked up
 * once per query (an InitPlan), not per customer row.
 */
function searchCondition(t: SearchTerms): SQL {
  const bigrams = (table: 'customers' | 'sc', term: Value, has: boolean, fold: boolean) =>
    has ? hasBigrams(table, term, fold) : undefined;
  const parts: SQL[] = [
    arm(sql`${customers.name} ilike ${t.pattern}`, bigrams('customers', t.text, t.textBigrams, true)),
  ];
  if (t.letters) {
    const like = sql`${customers.namePinyin} like ${t.letters.pattern}`;
    parts.push(arm(like, bigrams('customers', t.letters.term, t.letters.bigrams, false)));
  }
  const d = t.digits;
  if (d)
    parts.push(
      arm(sql`${customers.phone} like ${d.pattern}`, bigrams('customers', d.term, d.bigrams, false)),
    );
  const contactParts = [arm(sql`sc.name ilike ${t.pattern}`, bigrams('sc', t.text, t.textBigrams, true))];
  if (d) {
    const like = sql`array_to_string(sc.phones, ' ') like ${d.pattern}`;
    contactParts.push(arm(like, bigrams('sc', d.term, d.bigrams, false)));
  }
  parts.push(sql`${customers.id} = any(array(
    select sc.customer_id from customer_contacts sc
    where sc.deleted_at is null and (${sql.join(contactParts, sql` or `)})))`);
  return sql`(${sql.join(parts, sql` or `)})`;
}

/** CUS-1: the customers a search text finds (name, pinyin, phone, contacts), without scope. */
export function customerSearchCondition(text: string): SQL {
  return searchCondition(searchTerms(text));
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

/** The filters of the customer list that compare a value (a unit with the units below it). */
const FILTERS = ['lifecycle', 'type', 'level', 'source', 'ownerId', 'unitId', 'industry', 'tag'] as const;
type Filters = Partial<Record<(typeof FILTERS)[number], Value>>;

/** The view, the filters and the search of the customer list, without the read scope. */
function customerListFilters(
  actor: Actor,
  view: CustomerQuery['view'],
  f: Filters,
  search: SearchTerms | null,
): SQL {
  return and(
    f.lifecycle !== undefined
      ? eq(customers.lifecycle, f.lifecycle as CustomerQuery['lifecycle'])
      : undefined,
    viewCondition(actor, view),
    f.type !== undefined ? eq(customers.type, f.type as NonNullable<CustomerQuery['type']>) : undefined,
    f.level !== undefined ? eq(customers.level, f.level) : undefined,
    f.source !== undefined
      ? eq(customers.source, f.source as NonNullable<CustomerQuery['source']>)
      : undefined,
    f.ownerId !== undefined ? eq(customers.ownerId, f.ownerId) : undefined,
    f.unitId !== undefined ? inUnit(customers.unitId, f.unitId as string, true) : undefined,
    f.industry !== undefined ? eq(customers.industry, f.industry) : undefined,
    f.tag !== undefined ? sql`${customers.tags} @> array[${f.tag}]::text[]` : undefined,
    search ? searchCondition(search) : undefined,
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
 * Its statements are built once per shape (ADR 37): the actor's scope, the view, which filters
 * are given and the kind of search; the values are placeholders.
 */
export function listCustomers(
  db: DbOrTx,
  actor: Actor,
  q: CustomerQuery,
  opts: { countCap?: number } = {},
): Promise<TCustomerPage> {
  const given = FILTERS.filter((name) => q[name] !== undefined && q[name] !== '');
  const search = q.q ? searchOfShape(searchTerms(q.q)) : null;
  const values: Record<string, unknown> = { ...actorValues(actor), ...search?.values };
  for (const name of given) values[`f_${name}`] = q[name];
  return listPageOfShape({
    db,
    shape: `customers:${scopesShape(actor, ['customer:read'])}:${q.view}:${given.join(',')}:${search?.shape ?? ''}`,
    values,
    parts: () => {
      const who = placeholderActor(actor);
      const filters: Filters = {};
      for (const name of given) filters[name] = sql.placeholder(`f_${name}`);
      return {
        rows: (cursor) =>
          db
            .select({ ...listColumns, cursor })
            .from(customers)
            .leftJoin(users, eq(users.id, customers.ownerId))
            .innerJoin(units, eq(units.id, customers.unitId))
            .$dynamic(),
        count: db.select().from(customers).$dynamic(),
        scope: customerReadScope(who),
        filters: [customerListFilters(who, q.view, filters, search?.terms ?? null)],
        // A rep's scope is an OR (own, or collaborating): read as two index-served arms (ADR 35).
        scopeArms: customerReadScopeArms(who),
      };
    },
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
