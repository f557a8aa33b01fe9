import { describe, expect, it } from 'vitest';
import { diffRecords } from './history-diff';

describe('change history: what an audited write changed', () => {
  it('lists only the fields that differ, without bookkeeping columns', () => {
    expect(
      diffRecords(
        { id: 'x', name: '华宇', level: 'C', tags: ['a'], updatedAt: '1', nameKey: 'hy' },
        { id: 'x', name: '华宇', level: 'B', tags: ['a', 'b'], updatedAt: '2', nameKey: 'hy2' },
      ),
    ).toEqual([
      { field: 'level', before: 'C', after: 'B' },
      { field: 'tags', before: ['a'], after: ['a', 'b'] },
    ]);
  });

  it('a creation lists what was set, not the empty fields', () => {
    expect(diffRecords(null, { name: '华宇', phone: null, tags: [], level: 'C' })).toEqual([
      { field: 'name', before: undefined, after: '华宇' },
      { field: 'level', before: undefined, after: 'C' },
    ]);
  });

  it('a removal lists what was there; null and missing count as the same', () => {
    expect(diffRecords({ name: '张三', title: null }, null)).toEqual([
      { field: 'name', before: '张三', after: undefined },
    ]);
    expect(diffRecords({ a: null }, {})).toEqual([]);
  });

  it('non-objects give no fields', () => {
    expect(diffRecords('x', 5)).toEqual([]);
  });
});
