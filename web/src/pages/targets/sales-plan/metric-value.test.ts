import { describe, expect, it } from 'vitest';
import { metricValueText } from './metric-value';

describe('PLAN-1: target values in words', () => {
  it('amount metrics read as yuan from fen, counts as grouped digits, none as blank', () => {
    expect(metricValueText('signed_amount', '12000000000')).toBe('¥120,000,000.00');
    expect(metricValueText('collected_amount', '5')).toBe('¥0.05');
    expect(metricValueText('volume', '1200')).toBe('1,200');
    expect(metricValueText('new_customers', '80')).toBe('80');
    expect(metricValueText('volume', null)).toBe('');
  });
});
