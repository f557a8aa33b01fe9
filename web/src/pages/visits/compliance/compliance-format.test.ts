import { describe, expect, it } from 'vitest';
import { hoursText, pctText } from './compliance-format';

describe('VIS-7: compliance figures as the page shows them', () => {
  it('hours with one decimal from minutes', () => {
    expect(hoursText(370)).toBe('6.2');
    expect(hoursText(390)).toBe('6.5');
    expect(hoursText(0)).toBe('0.0');
  });

  it('completion in percent, a dash without a plan', () => {
    expect(pctText(71.4)).toBe('71.4%');
    expect(pctText(100)).toBe('100.0%');
    expect(pctText(null)).toBe('—');
  });
});
