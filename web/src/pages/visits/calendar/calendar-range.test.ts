import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { afterEach, describe, expect, it } from 'vitest';
import { byDay, daysOf, mayDropOn, shiftAnchor, viewRange } from './calendar-range';

afterEach(() => {
  dayjs.locale('en');
});

describe('the visit calendar’s days', () => {
  it('a week starts on Monday in Chinese; the month view covers its six-week grid (at most 45 days)', () => {
    dayjs.locale('zh-cn');
    expect(viewRange('week', '2026-03-04')).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    expect(viewRange('month', '2026-03-15')).toEqual({ from: '2026-02-23', to: '2026-04-05' });
    expect(daysOf('2026-02-23', '2026-04-05')).toHaveLength(42);
    dayjs.locale('en');
    expect(viewRange('week', '2026-03-04')).toEqual({ from: '2026-03-01', to: '2026-03-07' });
  });

  it('moves a week or a month at a time', () => {
    expect(shiftAnchor('week', '2026-03-04', 1)).toBe('2026-03-11');
    expect(shiftAnchor('month', '2026-01-31', 1)).toBe('2026-02-28');
  });

  it('groups entries by day', () => {
    const map = byDay([
      { day: '2026-03-02', id: 'a' },
      { day: '2026-03-03', id: 'b' },
      { day: '2026-03-02', id: 'c' },
    ]);
    expect(map.get('2026-03-02')?.map((i) => i.id)).toEqual(['a', 'c']);
  });

  it('VIS-1: a visit drops only on today or later, and a plan visit only within its month', () => {
    const plan = { canMove: true, plannedOn: '2026-03-04', fromPlan: true };
    expect(mayDropOn(plan, '2026-03-09', '2026-03-02')).toBe(true);
    expect(mayDropOn(plan, '2026-03-01', '2026-03-02')).toBe(false);
    expect(mayDropOn(plan, '2026-04-01', '2026-03-02')).toBe(false);
    expect(mayDropOn(plan, '2026-03-04', '2026-03-02')).toBe(false);
    expect(mayDropOn({ ...plan, fromPlan: false }, '2026-04-01', '2026-03-02')).toBe(true);
    expect(mayDropOn({ ...plan, canMove: false }, '2026-03-09', '2026-03-02')).toBe(false);
  });
});
