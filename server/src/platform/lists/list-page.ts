import {
  type AnyColumn,
  and,
  asc,
  Column,
  desc,
  type Placeholder,
  type SQL,
  type SQLWrapper,
  sql,
} from 'drizzle-orm';
import type { PgSelect } from 'drizzle-orm/pg-core';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { GENERIC, genericPlan } from '../../db/named-statements.js';
import { statementOfShape } from '../access/statement-shapes.js';
import { appError } from '../errors.js';
import { validationMessage } from '../validation-messages.js';

export type SortDirection = 'asc' | 'desc';

/**
 * Lists count exactly only up to this many rows; beyond it the answer says "10,000+"
 * (`totalCapped`) and a bounded count stops reading. It is also the deepest offset a list with
 * cursors pages to by number: further on, the client follows `nextCursor`.
 */
export const COUNT_CAP = 10_000;

/**
 * On a list that pages by cursor, a text search (`q`) is counted up to this many matches
 * ("1,000+"; page numbers stop there, the cursor goes on): someone searching looks at the first
 * pages and narrows the term; they do not page through thousands. Counting up to 10,000
 * matches read as many rows: 22 ms of a director's 32 ms `建材` search at 100,000 customers
 * (bench/README.md), for a figure nobody reads.
 */
export const SEARCH_COUNT_CAP = 1_000;

/** The count's cap for a query: SEARCH_COUNT_CAP for a text search on a list that pages by cursor, else COUNT_CAP. */
export function countCapFor(query: { q?: string | null | undefined }, byCursor: boolean): number {
  return byCursor && query.q ? SEARCH_COUNT_CAP : COUNT_CAP;
}

/**
 * One term of a sort key: a column or expression in the list's direction; with `nullsLast`, rows
 * without a value come last; with `asc`, ascending whichever direction the list is sorted in.
 */
export type SortTerm =
  | AnyColumn
  | SQLWrapper
  | { nullsLast: AnyColumn | SQL }
  | { asc: AnyColumn | SQLWrapper };

/**
 * How one sort key orders the rows: a term in the chosen direction; several terms, each in the
 * chosen direction (an empty list: the tie-breaker alone); or a function of the direction giving
 * the ORDER BY terms. Only the first three page by cursor (the terms must be known to compare
 * with a cursor); a term that is neither a nullable column nor `nullsLast` is taken as never null.
 */
export type SortKey = SortTerm | readonly SortTerm[] | ((dir: SortDirection) => SQL[]);

export interface ListSort<K extends string> {
  /** The whitelist: only these keys ever reach ORDER BY. */
  keys: Record<K, SortKey>;
  /** The key when the query names none (or names one outside the whitelist). */
  default: NoInfer<K>;
  /** The direction when the query names none. */
  order?: SortDirection;
  /** A unique column (the id): rows that tie on the key keep one order across pages. */
  tieBreaker: AnyColumn | SQLWrapper;
  /** The tie-breaker's own direction; by default it follows the sort. */
  tieBreakerOrder?: SortDirection;
}

/** The paging part of a list query (ZPaging, ZPageQuery, ZCursor and the lists' own sort keys). */
export interface ListPageQuery {
  page: number;
  pageSize: number;
  sort?: string | undefined;
  order?: SortDirection | undefined;
  /** The `nextCursor` of the page before: the rows after it (instead of `page`). */
  cursor?: string | undefined;
  /** The list's text search, where it has one: counted up to SEARCH_COUNT_CAP on a list that pages by cursor. */
  q?: string | null | undefined;
}

export interface Page<T> {
  items: T[];
  /** Every matching row, counted up to the cap; with `totalCapped`, there are more. */
  total: number;
  /** More rows match than the cap: `total` is the cap, not the count. */
  totalCapped: boolean;
  page: number;
  pageSize: number;
  /** Lists that page by cursor: the cursor of the rows after this page; null on the last page. */
  nextCursor?: string | null;
}

/** A column or expression in a direction, for the terms of a function sort key. */
export const ordered = (dir: SortDirection, by: AnyColumn | SQLWrapper): SQL =>
  dir === 'asc' ? asc(by) : desc(by);

const isNullsLast = (k: unknown): k is { nullsLast: AnyColumn | SQL } =>
  typeof k === 'object' && k !== null && 'nullsLast' in k && Object.keys(k).length === 1;
const isAsc = (k: unknown): k is { asc: AnyColumn | SQLWrapper } =>
  typeof k === 'object' && k !== null && 'asc' in k && Object.keys(k).length === 1;

/** One term of the ORDER BY as keyset paging compares it. */
interface Term {
  by: AnyColumn | SQLWrapper;
  dir: SortDirection;
  /** Where rows without a value sort; null: the term is never null. */
  nulls: 'first' | 'last' | null;
}

function termOf(t: SortTerm, dir: SortDirection): Term {
  if (isNullsLast(t)) return { by: t.nullsLast, dir, nulls: 'last' };
  if (isAsc(t)) return termOf(t.asc, 'asc');
  // A nullable column sorts its nulls as PostgreSQL does by default: last ascending, first descending.
  const nullable = t instanceof Column && !t.notNull;
  return { by: t, dir, nulls: nullable ? (dir === 'asc' ? 'last' : 'first') : null };
}

function orderTerm(t: Term): SQL {
  return t.nulls === 'last' ? sql`${t.by} ${sql.raw(t.dir)} nulls last` : ordered(t.dir, t.by);
}

interface ResolvedSort {
  name: string;
  dir: SortDirection;
  order: SQL[];
  /** The terms a cursor compares (key terms, then the tie-breaker); null when the key is a function. */
  terms: Term[] | null;
}

function resolveSort<K extends string>(
  sort: ListSort<K>,
  query: Pick<ListPageQuery, 'sort' | 'order'>,
): ResolvedSort {
  const dir: SortDirection = query.order ?? sort.order ?? 'asc';
  const name =
    query.sort !== undefined && Object.hasOwn(sort.keys, query.sort) ? (query.sort as K) : sort.default;
  const key = sort.keys[name];
  const tie: Term = { by: sort.tieBreaker, dir: sort.tieBreakerOrder ?? dir, nulls: null };
  if (typeof key === 'function')
    return { name, dir, order: [...key(dir), ordered(tie.dir, tie.by)], terms: null };
  const keyTerms = (Array.isArray(key) ? (key as readonly SortTerm[]) : [key as SortTerm]).map((t) =>
    termOf(t, dir),
  );
  const terms = [...keyTerms, tie];
  return { name, dir, order: terms.map(orderTerm), terms };
}

/** The ORDER BY of a list: the whitelisted key (else the default) in its direction, then the tie-breaker. */
export function listOrder<K extends string>(
  sort: ListSort<K>,
  query: Pick<ListPageQuery, 'sort' | 'order'>,
): SQL[] {
  return resolveSort(sort, query).order;
}

// ── Cursors ──────────────────────────────────────────────────────────────────────────────

/**
 * A cursor is opaque to clients: base64url of the sort it belongs to and the last row's values
 * of the sort terms and the tie-breaker, as PostgreSQL prints them (`::text`, so timestamps keep
 * their microseconds and amounts their digits).
 */
interface CursorBody {
  k: string;
  o: SortDirection;
  v: (string | null)[];
}

export function encodeCursor(body: CursorBody): string {
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

const badCursor = () => appError('VALIDATION_FAILED', { cursor: validationMessage('cursor') });

function decodeCursor(cursor: string, sort: ResolvedSort, terms: Term[]): (string | null)[] {
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  const b = body as Partial<CursorBody> | null;
  // A cursor of another sort or order does not say where this one is.
  if (!b || b.k !== sort.name || b.o !== sort.dir || !Array.isArray(b.v) || b.v.length !== terms.length) {
    throw badCursor();
  }
  const values = b.v;
  for (const [i, v] of values.entries()) {
    const term = terms[i]!;
    if (!(typeof v === 'string' || (v === null && term.nulls !== null))) throw badCursor();
  }
  return values;
}

/** The cursor after a row of a sort: from the row's cursor column (`cursorValuesSql`). */
function cursorAfter(sort: ResolvedSort, column: string): string {
  return encodeCursor({ k: sort.name, o: sort.dir, v: JSON.parse(column) as (string | null)[] });
}

/** The SQL of the last-row values a cursor carries: a JSON array of the terms as text. */
function cursorValuesSql(terms: Term[]): SQL<string> {
  return sql<string>`json_build_array(${sql.join(
    terms.map((t) => sql`(${t.by})::text`),
    sql`, `,
  )})::text`;
}

/** A cursor's value of one term: the text, or a placeholder for it (a statement built per shape); null is null. */
type CursorValue = string | Placeholder | null;

/** Rows strictly after the value `v` on one term, in its direction and with its nulls; undefined: none. */
function afterOn(t: Term, v: CursorValue): SQL | undefined {
  if (v === null) return t.nulls === 'first' ? sql`${t.by} is not null` : undefined;
  const beyond = t.dir === 'asc' ? sql`${t.by} > ${v}` : sql`${t.by} < ${v}`;
  return t.nulls === 'last' ? sql`(${beyond} or ${t.by} is null)` : beyond;
}

const sameOn = (t: Term, v: CursorValue): SQL => (v === null ? sql`${t.by} is null` : sql`${t.by} = ${v}`);

/**
 * The rows after a cursor in the list's order. When every term has one direction and none can
 * be null, a row comparison `(a, id) > (x, y)` (which an index on the same columns serves);
 * otherwise the expanded form: after on the first term, or equal on it and after on the rest,
 * with NULLs where each term puts them.
 */
function keysetCondition(terms: Term[], values: CursorValue[]): SQL {
  const sameDir = terms.every((t) => t.dir === terms[0]!.dir);
  if (sameDir && terms.every((t) => t.nulls === null)) {
    const op = terms[0]!.dir === 'asc' ? sql`>` : sql`<`;
    return sql`(${sql.join(
      terms.map((t) => sql`${t.by}`),
      sql`, `,
    )}) ${op} (${sql.join(
      values.map((v) => sql`${v}`),
      sql`, `,
    )})`;
  }
  const branches: SQL[] = [];
  for (let i = 0; i < terms.length; i++) {
    const after = afterOn(terms[i]!, values[i]!);
    if (!after) continue;
    const equal = terms.slice(0, i).map((t, j) => sameOn(t, values[j]!));
    branches.push(equal.length ? sql`(${sql.join([...equal, after], sql` and `)})` : after);
  }
  return branches.length ? sql`(${sql.join(branches, sql` or `)})` : sql`false`;
}

/**
 * Keyset paging for a list written in SQL of its own (not through listPage): the ORDER BY, the
 * condition after a cursor, the column to select for the next cursor and how to read it.
 */
export function keyset<K extends string>(
  sort: ListSort<K>,
  query: Pick<ListPageQuery, 'sort' | 'order' | 'cursor'>,
) {
  const resolved = resolveSort(sort, query);
  const terms = resolved.terms;
  if (!terms) throw new Error(`sort key ${resolved.name}: a function key cannot page by cursor`);
  return {
    order: resolved.order,
    after: query.cursor ? keysetCondition(terms, decodeCursor(query.cursor, resolved, terms)) : undefined,
    /** Select this as the rows' cursor column. */
    cursorColumn: cursorValuesSql(terms),
    /** The cursor after a row, from its cursor column. */
    cursorOf: (column: string) => cursorAfter(resolved, column),
  };
}

/**
 * Page-number paging beyond the cap is refused on lists with cursors (OFFSET reads and drops
 * every row before the page); the message tells the client to follow `nextCursor`.
 */
export function checkOffset(
  query: Pick<ListPageQuery, 'page' | 'pageSize' | 'cursor'>,
  cap = COUNT_CAP,
): void {
  if (!query.cursor && (query.page - 1) * query.pageSize >= cap) {
    throw appError('VALIDATION_FAILED', { page: validationMessage('deepPage') });
  }
}

/**
 * The bounded count of `from` (a select of the matching rows, its columns unread): exact up to
 * `cap`, else the cap with `totalCapped`.
 */
export async function boundedCount(
  db: DbOrTx,
  from: SQLWrapper,
  cap = COUNT_CAP,
  opts: { genericPlan?: boolean } = {},
): Promise<{ total: number; totalCapped: boolean }> {
  const statement = sql`select count(*) as n from (${from}) as bounded`;
  const [row] = await queryRows<{ n: number | string }>(
    db,
    opts.genericPlan ? genericPlan(statement) : statement,
  );
  return boundedTotal(row?.n, cap);
}

/** A bounded count's answer: the count up to `cap`, else the cap with `totalCapped`. */
function boundedTotal(n: number | string | undefined, cap: number): { total: number; totalCapped: boolean } {
  const count = Number(n ?? 0);
  return count > cap ? { total: cap, totalCapped: true } : { total: count, totalCapped: false };
}

/**
 * A scope written as disjoint conditions on the list's table (ADR 35). An OR of conditions that
 * each have an index (a rep's own customers, or those they collaborate on) makes the database
 * read every row in scope to order or count them; as arms, the page is the first rows of each arm
 * (each in index order) and the count adds up each arm's, read from its index alone where the
 * filters allow. `arms` together must select exactly the rows `scope` does, none twice.
 */
export interface ScopeArms {
  /** The list's base table, as the filters and the sort name it. */
  table: SQL;
  id: AnyColumn;
  arms: SQL[];
}

interface ListPageSpec<Q extends PgSelect, C extends PgSelect, K extends string, Item> {
  db: DbOrTx;
  count: C;
  scope: SQL | undefined;
  /** The scope again, as arms that each have an index (read instead of `scope` where given). */
  scopeArms?: ScopeArms | null;
  filters?: (SQL | undefined)[];
  sort: ListSort<K>;
  query: ListPageQuery;
  toItems: (rows: Awaited<Q>) => Item[] | Promise<Item[]>;
  /**
   * The count's cap (tests lower it); else COUNT_CAP, or SEARCH_COUNT_CAP for a text search on a
   * list that pages by cursor (a list without cursors keeps page numbers up to COUNT_CAP).
   */
  countCap?: number;
  /**
   * The page and the count run on their generic plans, planned once per connection (ADR 35):
   * only for queries whose best plan does not depend on the values (never a text search).
   */
  genericPlans?: boolean;
}

/** A page of a list that pages by cursor. */
export type CursorPage<T> = Page<T> & { nextCursor: string | null };

/**
 * One page of a list, in SQL: the rows within `scope` and `filters`, sorted by a whitelisted key
 * with a stable tie-breaker, paged by page and pageSize (or after a cursor), with the count of
 * the matching rows up to `countCap`.
 *
 * `rows` is the list's select (its columns and joins, `$dynamic()`); a list that pages by cursor
 * passes it as a function of the cursor column, which it selects as `cursor`
 * (`(cursor) => db.select({ ...columns, cursor }).from(…).$dynamic()`): the answer then carries
 * `nextCursor`, the query may carry `cursor`, and page numbers stop at the cap. `count` selects
 * from the table with the joins the filters refer to (`db.select().from(…)`; its columns are not
 * read). `scope` is the actor's data scope (ORG-5), stated even where there is none
 * (`undefined`: the caller has said why).
 */
export function listPage<Q extends PgSelect, C extends PgSelect, K extends string, Item>(
  spec: ListPageSpec<Q, C, K, Item> & { rows: (cursor: SQL<string>) => Q },
): Promise<CursorPage<Item>>;
export function listPage<Q extends PgSelect, C extends PgSelect, K extends string, Item>(
  spec: ListPageSpec<Q, C, K, Item> & { rows: Q },
): Promise<Page<Item>>;
export async function listPage<Q extends PgSelect, C extends PgSelect, K extends string, Item>(
  spec: ListPageSpec<Q, C, K, Item> & { rows: Q | ((cursor: SQL<string>) => Q) },
): Promise<Page<Item>> {
  const { query } = spec;
  const sort = resolveSort(spec.sort, query);
  const byCursor = typeof spec.rows === 'function' && sort.terms !== null;
  const cap = spec.countCap ?? countCapFor(query, byCursor);
  const paging = pagingOf(query, sort, byCursor, cap);
  if (!byCursor && query.cursor) throw badCursor();
  const { page, counted } = pageStatements(spec, sort, byCursor, cap, paging);
  const [fetched, total] = await Promise.all([
    spec.genericPlans ? page.prepare(GENERIC).execute() : page,
    boundedCount(spec.db, counted, cap, { genericPlan: spec.genericPlans }),
  ]);
  return pageOf(fetched as unknown[], total, spec, sort, byCursor, typeof spec.rows === 'function');
}

/** The rows a page asks for: one more than the page on a list with cursors (is there another page?), from an offset or after a cursor. */
function pagingOf(query: ListPageQuery, sort: ResolvedSort, byCursor: boolean, cap: number) {
  let cursor: (string | null)[] | undefined;
  if (byCursor) {
    checkOffset(query, cap);
    if (query.cursor) cursor = decodeCursor(query.cursor, sort, sort.terms!);
  }
  const limit = query.pageSize + (byCursor ? 1 : 0);
  const offset = cursor ? 0 : (query.page - 1) * query.pageSize;
  return { limit, offset, armLimit: offset + limit, cursor };
}

/** The page's LIMIT and OFFSET, each arm's limit and the cursor's values: as values, or as placeholders. */
interface PageBinding {
  limit: number | Placeholder;
  offset: number | Placeholder;
  armLimit: number | Placeholder;
  cursor: CursorValue[] | undefined;
}

/** The page's statement and the rows its bounded count reads. */
function pageStatements<Q extends PgSelect, C extends PgSelect>(
  parts: ListParts<Q, C>,
  sort: ResolvedSort,
  byCursor: boolean,
  cap: number,
  bind: PageBinding,
): { page: Q; counted: SQLWrapper } {
  const where = and(parts.scope, ...(parts.filters ?? []));
  const rowsQuery =
    typeof parts.rows !== 'function'
      ? parts.rows
      : parts.rows(byCursor ? cursorValuesSql(sort.terms!) : sql<string>`null`);
  const after = bind.cursor ? keysetCondition(sort.terms!, bind.cursor) : undefined;
  const armed = parts.scopeArms;
  const filters = and(...(parts.filters ?? []));
  const page = rowsQuery
    .where(
      and(where, after, armed ? armedPageIds(armed, filters, after, sort.order, bind.armLimit) : undefined),
    )
    .orderBy(...sort.order)
    .limit(bind.limit)
    .offset(bind.offset) as Q;
  const counted = armed ? armedCount(armed, filters, cap + 1) : parts.count.where(where).limit(cap + 1);
  return { page, counted };
}

/** The answer of a page: its items, the bounded total, and on a list with cursors the cursor after it. */
async function pageOf<Q extends PgSelect, Item>(
  rows: unknown[],
  total: { total: number; totalCapped: boolean },
  spec: { query: ListPageQuery; toItems: (rows: Awaited<Q>) => Item[] | Promise<Item[]> },
  sort: ResolvedSort,
  byCursor: boolean,
  withCursor: boolean,
): Promise<Page<Item>> {
  const { query } = spec;
  const more = byCursor && rows.length > query.pageSize;
  if (more) rows.length = query.pageSize;
  const last = rows.at(-1) as { cursor?: string } | undefined;
  return {
    items: await spec.toItems(rows as Awaited<Q>),
    ...total,
    page: query.page,
    pageSize: query.pageSize,
    ...(withCursor ? { nextCursor: more && last?.cursor ? cursorAfter(sort, last.cursor) : null } : {}),
  };
}

/** What a list's statements are made of: its select, its count, the scope (and its arms) and the filters. */
export interface ListParts<Q extends PgSelect, C extends PgSelect> {
  rows: Q | ((cursor: SQL<string>) => Q);
  count: C;
  scope: SQL | undefined;
  scopeArms?: ScopeArms | null;
  filters?: (SQL | undefined)[];
}

/** A list's page and count statements as built once per shape, prepared. */
interface ShapedStatements {
  page: { execute(values: Record<string, unknown>): Promise<unknown> };
  count: { execute(values: Record<string, unknown>): Promise<unknown> };
}

interface ShapedListSpec<Q extends PgSelect, C extends PgSelect, K extends string, Item> {
  db: DbOrTx;
  /**
   * Everything the statements' text depends on besides the sort, the paging and the count's
   * cap (which listPageOfShape adds): the actor's scopes, which filters are given, the kind of
   * search. Its placeholders' values are `values`.
   */
  shape: string;
  values: Record<string, unknown>;
  /** The list's parts with placeholders for `values`; called once per shape. */
  parts: () => ListParts<Q, C> & { rows: (cursor: SQL<string>) => Q };
  sort: ListSort<K>;
  query: ListPageQuery;
  toItems: (rows: Awaited<Q>) => Item[] | Promise<Item[]>;
  countCap?: number;
  genericPlans?: boolean;
}

/**
 * listPage for a list that pages by cursor, its statements built once per shape (ADR 37):
 * the parts are written with placeholders (the actor's id and unit, the filters' values, the
 * search's patterns) and the page's limit, offset and cursor values are placeholders too, so a
 * request runs two prepared statements with its values instead of building their text. Same
 * answer as listPage with the same parts written with values.
 */
export async function listPageOfShape<Q extends PgSelect, C extends PgSelect, K extends string, Item>(
  spec: ShapedListSpec<Q, C, K, Item>,
): Promise<CursorPage<Item>> {
  const { query } = spec;
  const sort = resolveSort(spec.sort, query);
  if (!sort.terms) throw new Error(`sort key ${sort.name}: a function key cannot page by cursor`);
  const cap = spec.countCap ?? countCapFor(query, true);
  const paging = pagingOf(query, sort, true, cap);
  const cursorShape = paging.cursor ? paging.cursor.map((v) => (v === null ? 'n' : 'v')).join('') : '-';
  const key = `list:${spec.shape}|${sort.name}:${sort.dir}|${cursorShape}|${cap}|${spec.genericPlans ? 'g' : 'c'}`;
  const statements = statementOfShape<ShapedStatements>(spec.db, key, () => {
    const bind: PageBinding = {
      limit: sql.placeholder('_limit'),
      offset: sql.placeholder('_offset'),
      armLimit: sql.placeholder('_armLimit'),
      cursor: paging.cursor?.map((v, i) => (v === null ? null : sql.placeholder(`_cursor${i}`))),
    };
    const { page, counted } = pageStatements(spec.parts(), sort, true, cap, bind);
    // A search's best plan depends on its term: built once, still planned per run (unnamed).
    const name = spec.genericPlans ? GENERIC : '';
    const count = spec.db.select({ n: sql<number | string>`count(*)` }).from(sql`(${counted}) as bounded`);
    return { page: page.prepare(name), count: count.prepare(name) };
  });
  const values: Record<string, unknown> = {
    ...spec.values,
    _limit: paging.limit,
    _offset: paging.offset,
    _armLimit: paging.armLimit,
  };
  for (const [i, v] of (paging.cursor ?? []).entries()) if (v !== null) values[`_cursor${i}`] = v;
  const [fetched, counted] = await Promise.all([
    statements.page.execute(values),
    statements.count.execute(values),
  ]);
  const total = boundedTotal((counted as { n: number | string }[])[0]?.n, cap);
  return pageOf(fetched as unknown[], total, spec, sort, true, true) as Promise<CursorPage<Item>>;
}

/** `id in` the first `n` rows of each arm in the list's order: the candidates of the page. */
function armedPageIds(
  a: ScopeArms,
  filters: SQL | undefined,
  after: SQL | undefined,
  order: SQL[],
  n: number | Placeholder,
): SQL {
  const arms = a.arms.map(
    (arm) =>
      sql`(select ${a.id} from ${a.table} where ${and(arm, filters, after)} order by ${sql.join(order, sql`, `)} limit ${n})`,
  );
  return sql`${a.id} in (${sql.join(arms, sql` union all `)})`;
}

/** The rows of every arm, each bounded: what boundedCount counts. */
function armedCount(a: ScopeArms, filters: SQL | undefined, bound: number): SQL {
  const arms = a.arms.map((arm) => sql`(select 1 from ${a.table} where ${and(arm, filters)} limit ${bound})`);
  return sql`${sql.join(arms, sql` union all `)}`;
}

/** The sort of a log: newest first by a time, ties by id (newest first too). */
export function newestFirst(at: AnyColumn, id: AnyColumn): ListSort<'at'> {
  return { keys: { at }, default: 'at', order: 'desc', tieBreaker: id };
}
