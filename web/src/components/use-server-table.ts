import type { TablePaginationConfig } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useState } from 'react';

export type Order = 'asc' | 'desc';

export interface ServerTableParams<S extends string = string> {
  page: number;
  pageSize: number;
  sort?: S;
  order?: Order;
  /** Beyond the numbered pages of a long list: the position after the page before (`nextCursor`). */
  cursor?: string;
}

interface State<F, S extends string> extends Omit<ServerTableParams<S>, 'cursor'> {
  filters: F;
  /** The cursors followed past the numbered pages, oldest first; empty: paging by number. */
  cursors: string[];
}

interface Options<F> {
  filters?: F;
  pageSize?: number;
  order?: Order;
}

/**
 * Page, page size, sort, order and filters of a list the server pages and sorts. `params`
 * is what the list query sends; `onChange` takes antd Table's change event.
 */
export function useServerTable<F extends object = Record<string, never>, S extends string = string>(
  options: Options<F> = {},
) {
  const initial: State<F, S> = {
    page: 1,
    pageSize: options.pageSize ?? 20,
    order: options.order,
    filters: options.filters ?? ({} as F),
    cursors: [],
  };
  const [state, setState] = useState<State<F, S>>(initial);

  const { filters, cursors, ...paging } = state;
  const cursor = cursors.at(-1);
  const params: ServerTableParams<S> & F = { ...filters, ...paging, ...(cursor ? { cursor } : {}) };

  function onChange<T>(
    pagination: TablePaginationConfig,
    _: unknown,
    sorter: SorterResult<T> | SorterResult<T>[],
  ) {
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const sort = one?.order ? (String(one.columnKey ?? one.field) as S) : undefined;
    setState((s) => {
      const sortChanged =
        sort !== s.sort || (sort && (one?.order === 'descend' ? 'desc' : 'asc') !== s.order);
      return {
        ...s,
        cursors: [],
        page: sortChanged || pagination.pageSize !== s.pageSize ? 1 : (pagination.current ?? 1),
        pageSize: pagination.pageSize ?? s.pageSize,
        sort,
        order: sort ? (one?.order === 'descend' ? 'desc' : 'asc') : initial.order,
      };
    });
  }

  return {
    params,
    filters,
    /** New filters start again from the first page. */
    setFilters: (next: F) => setState((s) => ({ ...s, filters: next, page: 1, cursors: [] })),
    /** Paging by cursor: how many pages past the numbered ones (0: paging by number). */
    beyond: cursors.length,
    /** The page after this one, by the cursor the server gave. */
    nextPage: (nextCursor: string) => setState((s) => ({ ...s, cursors: [...s.cursors, nextCursor] })),
    /** The page before, back to the last numbered page after the first cursor page. */
    previousPage: () => setState((s) => ({ ...s, cursors: s.cursors.slice(0, -1) })),
    onChange,
    pagination: (total: number | undefined): TablePaginationConfig => ({
      current: state.page,
      pageSize: state.pageSize,
      total: total ?? 0,
      showSizeChanger: true,
      pageSizeOptions: [10, 20, 50, 100],
    }),
  };
}

export type ServerTable<F extends object = Record<string, never>, S extends string = string> = ReturnType<
  typeof useServerTable<F, S>
>;
