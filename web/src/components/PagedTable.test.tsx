import type { UseQueryResult } from '@tanstack/react-query';
import { fireEvent, render, renderHook, screen } from '@testing-library/react';
import i18n from 'i18next';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from '../api/types';
import { ensureMessages } from '../i18n';
import { PagedTable } from './PagedTable';
import { type ServerTable, useServerTable } from './use-server-table';

// jsdom has no ResizeObserver; antd's table measures its columns with one.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

interface Row {
  id: string;
  name: string;
}

const page = (over: Partial<Page<Row>>): Page<Row> => ({
  items: Array.from({ length: 20 }, (_, i) => ({ id: `r${i}`, name: `客户 ${i}` })),
  total: 10_000,
  totalCapped: true,
  page: 1,
  pageSize: 20,
  nextCursor: 'c1',
  ...over,
});
const result = (data: Page<Row>) =>
  ({ data, error: null, isFetching: false, refetch: () => {} }) as unknown as UseQueryResult<Page<Row>>;
const columns = [{ title: 'Name', dataIndex: 'name', key: 'name' }];

function show(table: ServerTable, data: Page<Row>) {
  return render(
    <PagedTable<Row, Record<string, never>, string> query={result(data)} table={table} columns={columns} />,
  );
}

describe('PagedTable: the bounded total and paging past it by cursor', () => {
  afterEach(() => void i18n.changeLanguage('zh-CN'));

  it('shows an exact total as before, and a capped one as "共 10,000+ 条"', () => {
    const { result: table } = renderHook(() => useServerTable());
    const exact = show(table.current, page({ total: 120, totalCapped: false, nextCursor: null }));
    expect(screen.getByText('共 120 条')).toBeTruthy();
    exact.unmount();
    show(table.current, page({}));
    expect(screen.getByText('共 10,000+ 条')).toBeTruthy();
    // Not at the last numbered page yet: no cursor pager.
    expect(screen.queryByTestId('cursor-pager')).toBeNull();
  });

  it('in English: "10,000+ items"', async () => {
    await ensureMessages('en');
    await act(() => i18n.changeLanguage('en'));
    const { result: table } = renderHook(() => useServerTable());
    show(table.current, page({}));
    expect(screen.getByText('10,000+ items')).toBeTruthy();
  });

  it('past the last numbered page, 下一页 follows the cursor and 上一页 steps back; the buttons are keyboard buttons', () => {
    const { result: table } = renderHook(() => useServerTable());
    act(() => table.current.onChange({ current: 500, pageSize: 20 }, {}, {}));
    const view = show(table.current, page({ page: 500 }));
    expect(view.container.querySelector('.ant-pagination')).not.toBeNull();
    const next = screen.getByRole('button', { name: /下一页/ });
    expect(next.tagName).toBe('BUTTON');
    fireEvent.click(next);
    expect(table.current.params).toMatchObject({ page: 500, cursor: 'c1' });
    expect(table.current.beyond).toBe(1);

    view.rerender(
      <PagedTable<Row, Record<string, never>, string>
        query={result(page({ page: 500, nextCursor: 'c2' }))}
        table={table.current}
        columns={columns}
      />,
    );
    // Paging by cursor: no page numbers, the capped total beside 上一页 / 下一页.
    expect(view.container.querySelector('.ant-pagination')).toBeNull();
    expect(screen.getByTestId('cursor-pager').textContent).toContain('共 10,000+ 条');
    fireEvent.click(screen.getByRole('button', { name: /下一页/ }));
    expect(table.current.params.cursor).toBe('c2');
    act(() => table.current.previousPage());
    expect(table.current.params.cursor).toBe('c1');
    act(() => table.current.previousPage());
    expect(table.current.params.cursor).toBeUndefined();
    expect(table.current.params.page).toBe(500);
  });

  it('CUS-1: a search capped at 1,000 reads "共 1,000+ 条" and goes on by cursor after its 50th page', () => {
    const { result: table } = renderHook(() => useServerTable());
    act(() => table.current.onChange({ current: 50, pageSize: 20 }, {}, {}));
    show(table.current, page({ total: 1_000, page: 50 }));
    expect(screen.getByText('共 1,000+ 条')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /下一页/ }));
    expect(table.current.params).toMatchObject({ page: 50, cursor: 'c1' });
  });

  it('the last page by cursor has 下一页 disabled; new filters start again from page 1 by number', () => {
    const { result: table } = renderHook(() => useServerTable<{ q?: string }>());
    act(() => table.current.nextPage('c1'));
    render(
      <PagedTable<Row, { q?: string }, string>
        query={result(page({ nextCursor: null }))}
        table={table.current}
        columns={columns}
      />,
    );
    expect((screen.getByRole('button', { name: /下一页/ }) as HTMLButtonElement).disabled).toBe(true);
    act(() => table.current.setFilters({ q: '建材' }));
    expect(table.current.params).toEqual({ page: 1, pageSize: 20, q: '建材' });
    expect(table.current.beyond).toBe(0);
  });
});
