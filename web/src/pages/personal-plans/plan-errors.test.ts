import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { itemErrors } from './plan-errors';

const apiError = (fields: Record<string, string>) => new ApiError(400, 'VALIDATION_FAILED', 'x', fields);

describe('PLAN-4: the server’s messages on a plan item', () => {
  it('lands on the item edited; anything else is shown on top', () => {
    expect(itemErrors(apiError({ 'items.2.refId': '只能选择您负责的客户' }), 2)).toEqual([
      { field: 'refId', message: '只能选择您负责的客户' },
    ]);
    expect(itemErrors(apiError({ 'items.1.refId': 'x' }), 2)).toBeNull();
    expect(itemErrors(apiError({}), 0)).toBeNull();
    expect(itemErrors(new Error('network'), 0)).toBeNull();
  });
});
