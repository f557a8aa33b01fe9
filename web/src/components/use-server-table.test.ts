import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useServerTable } from './use-server-table';

describe('useServerTable', () => {
  it('sends page, size, sort and filters; new filters or sort go back to page 1', () => {
    const { result } = renderHook(() => useServerTable<{ q?: string }>({ order: 'desc' }));
    expect(result.current.params).toEqual({ page: 1, pageSize: 20, order: 'desc' });

    act(() => result.current.onChange({ current: 3, pageSize: 20 }, {}, {}));
    expect(result.current.params).toMatchObject({ page: 3, order: 'desc', sort: undefined });

    act(() =>
      result.current.onChange(
        { current: 3, pageSize: 20 },
        {},
        { columnKey: 'displayName', order: 'ascend' },
      ),
    );
    expect(result.current.params).toMatchObject({ page: 1, sort: 'displayName', order: 'asc' });

    act(() =>
      result.current.onChange(
        { current: 2, pageSize: 20 },
        {},
        { columnKey: 'displayName', order: 'ascend' },
      ),
    );
    expect(result.current.params.page).toBe(2);

    act(() => result.current.setFilters({ q: 'rep' }));
    expect(result.current.params).toMatchObject({ page: 1, q: 'rep', sort: 'displayName' });

    act(() => result.current.onChange({ current: 1, pageSize: 50 }, {}, {}));
    expect(result.current.params).toMatchObject({ page: 1, pageSize: 50, sort: undefined, order: 'desc' });
    expect(result.current.pagination(120)).toMatchObject({ current: 1, pageSize: 50, total: 120 });
  });
});
