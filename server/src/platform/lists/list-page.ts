import { type AnyColumn, and, asc, desc, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { PgSelect } from 'drizzle-orm/pg-core';

export type SortDirection = 'asc' | 'desc';

/**
 * How one sort key orders the rows: a column or expression in the chosen direction; with
 * `nullsLast`, rows without a value come last in either direction; or, for an order of several
 * terms, a function of the direction giving them all.
 */
export type SortKey =
  | AnyColumn
  | SQLWrapper
  | { nullsLast: AnyColumn | SQL }
  | ((dir: SortDirection) => SQL[]);

export interface ListSort<K extends string> {
  /** The whitelist: only these keys ever reach ORDER BY. */
  keys: Record<K, SortKey>;
  /** The key when the query names none (or names one outside the whitelist). */
  default: NoInfer<K>;
  /** The direction when the query names none. */
  order?: SortDirection;
  /** A unique column (the id): rows that tie on the key keep one order across pages. */
  tieBreaker: AnyColumn;
  /** The tie-breaker's own direction; by default it follows the sort. */
  tieBreakerOrder?: SortDirection;
}

/** The paging part of a list query (ZPaging, ZPageQuery and the lists' own sort keys). */
export interface ListPageQuery {
  page: number;
  pageSize: number;
  sort?: string | undefined;
  order?: SortDirection | undefined;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** A column or expression in a direction, for the terms of a function sort key. */
export const ordered = (dir: SortDirection, by: AnyColumn | SQLWrapper): SQL =>
  dir === 'asc' ? asc(by) : desc(by);

const isNullsLast = (k: SortKey): k is { nullsLast: AnyColumn | SQL } =>
  typeof k === 'object' && k !== null && 'nullsLast' in k && Object.keys(k).length === 1;

/** The ORDER BY of a list: the whitelisted key (else the default) in its direction, then the tie-breaker. */
export function listOrder<K extends string>(
  sort: ListSort<K>,
  query: Pick<ListPageQuery, 'sort' | 'order'>,
): SQL[] {
  const dir: SortDirection = query.order ?? sort.order ?? 'asc';
  const name =
    query.sort !== undefined && Object.hasOwn(sort.keys, query.sort) ? (query.sort as K) : sort.default;
  const key = sort.keys[name];
  const terms =
    typeof key === 'function'
      ? key(dir)
      : isNullsLast(key)
        ? [sql`${key.nullsLast} ${sql.raw(dir)} nulls last`]
        : [ordered(dir, key)];
  const tie = sort.tieBreakerOrder ?? dir;
  return [...terms, ordered(tie, sort.tieBreaker)];
}

/**
 * One page of a list, in SQL: the rows within `scope` and `filters`, sorted by a whitelisted key
 * with a stable tie-breaker, paged by page and pageSize, with the count of all matching rows.
 *
 * `rows` is the list's select (its columns and joins, `$dynamic()`); `count` selects
 * `{ n: count() }` from the table with the joins the filters refer to. `scope` is the actor's
 * data scope (ORG-5), stated even where there is none (`undefined`: the caller has said why).
 */
export async function listPage<Q extends PgSelect, C extends PgSelect, K extends string, Item>(spec: {
  rows: Q;
  count: C;
  scope: SQL | undefined;
  filters?: (SQL | undefined)[];
  sort: ListSort<K>;
  query: ListPageQuery;
  toItems: (rows: Awaited<Q>) => Item[] | Promise<Item[]>;
}): Promise<Page<Item>> {
  const { query } = spec;
  const where = and(spec.scope, ...(spec.filters ?? []));
  const [rows, counted] = await Promise.all([
    spec.rows
      .where(where)
      .orderBy(...listOrder(spec.sort, query))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    spec.count.where(where),
  ]);
  const [total] = counted as { n?: number | string }[];
  return {
    items: await spec.toItems(rows as Awaited<Q>),
    total: Number(total?.n ?? 0),
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The sort of a log: newest first by a time, ties by id (newest first too). */
export function newestFirst(at: AnyColumn, id: AnyColumn): ListSort<'at'> {
  return { keys: { at }, default: 'at', order: 'desc', tieBreaker: id };
}
