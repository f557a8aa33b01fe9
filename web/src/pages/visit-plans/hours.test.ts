import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { draftOf, inputOf, lineErrors } from './draft-lines';
import { hoursText, minutesOf } from './hours';

describe('VIS-1: planned hours (预定停留时数) and plan lines', () => {
  it('VIS-1: minutes from the server read as hours with at most one decimal, and back, in whole numbers', () => {
    expect([90, 120, 30, 6, 0, 1440].map(hoursText)).toEqual(['1.5', '2', '0.5', '0.1', '0', '24']);
    expect(['1.5', '2', '0.5', ' 0.1 ', '24'].map(minutesOf)).toEqual([90, 120, 30, 6, 1440]);
    expect(['1.25', 'abc', '', '-1', '100'].map(minutesOf)).toEqual([null, null, null, null, null]);
  });

  it('VIS-2: lines kept in a change name their id; new lines do not', () => {
    const draft = draftOf([
      {
        id: 'a1',
        customer: { id: 'c1', name: '东方机床' },
        purpose: 'maintenance',
        plannedOn: '2026-04-08',
        plannedMinutes: 90,
        note: null,
      },
      {
        id: null,
        customer: { id: 'c2', name: '南湖电子' },
        purpose: 'new_product',
        plannedOn: '2026-04-09',
        plannedMinutes: 30,
        note: '带样品',
      },
    ]);
    expect(inputOf(draft)).toEqual([
      {
        id: 'a1',
        customerId: 'c1',
        purpose: 'maintenance',
        plannedOn: '2026-04-08',
        plannedHours: '1.5',
        note: null,
      },
      {
        customerId: 'c2',
        purpose: 'new_product',
        plannedOn: '2026-04-09',
        plannedHours: '0.5',
        note: '带样品',
      },
    ]);
  });

  it('the server’s messages on lines land on the line they name', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', '提交的内容有误', {
      'lines.1.customerId': '只能安排您负责或协作的客户',
      'lines.1.plannedOn': '日期须在计划月份 2026-04 内',
      reason: '必填',
    });
    const { byLine, other } = lineErrors(error);
    expect(byLine.get(1)).toEqual([
      { field: 'customerId', message: '只能安排您负责或协作的客户' },
      { field: 'plannedOn', message: '日期须在计划月份 2026-04 内' },
    ]);
    expect(byLine.has(0)).toBe(false);
    expect(other).toEqual({ reason: '必填' });
  });
});
