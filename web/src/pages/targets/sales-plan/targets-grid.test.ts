import { describe, expect, it } from 'vitest';
import { fromGrid, type MetricRow, monthsGap, toGrid } from './targets-grid';

const metrics = ['signed_amount', 'volume'];

describe('PLAN-1: the company targets grid', () => {
  it('reads the API’s list into year and months per metric, and back, blank cells left out', () => {
    const list = [
      { metric: 'signed_amount', period: '2026', value: '1200' },
      { metric: 'signed_amount', period: '2026-03', value: '100' },
      { metric: 'volume', period: '2026', value: '12' },
    ];
    const grid = toGrid(2026, metrics, list);
    expect(grid.signed_amount?.year).toBe('1200');
    expect(grid.signed_amount?.months[2]).toBe('100');
    expect(grid.volume?.months.every((m) => m === null)).toBe(true);
    expect(fromGrid(2026, metrics, grid)).toEqual(list);
    // A form that never showed a metric's months holds none.
    expect(fromGrid(2026, metrics, { volume: { year: '5' } as MetricRow })).toEqual([
      { metric: 'volume', period: '2026', value: '5' },
    ]);
  });

  it('PLAN-3: the months against the year show the gap only once a month is set', () => {
    const grid = toGrid(2026, metrics, [
      { metric: 'signed_amount', period: '2026', value: '1200' },
      { metric: 'signed_amount', period: '2026-01', value: '100' },
      { metric: 'signed_amount', period: '2026-02', value: '150' },
    ]);
    expect(monthsGap(grid.signed_amount!)).toBe(950n);
    expect(monthsGap(grid.volume!)).toBeNull();
  });
});
