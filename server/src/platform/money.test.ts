import { describe, expect, it } from 'vitest';
import { fenToYuan, moneyText, yuanText } from './money.js';

describe('money as text (fen → yuan, exact)', () => {
  it('AR-3: two decimals, signs and thousands without floating point', () => {
    expect(fenToYuan(0n)).toBe('0.00');
    expect(fenToYuan('5')).toBe('0.05');
    expect(fenToYuan('123456')).toBe('1234.56');
    expect(fenToYuan(-120n)).toBe('-1.20');
    // Beyond 2^53 a float would already be wrong.
    expect(fenToYuan('900719925474099123')).toBe('9007199254740991.23');
    expect(yuanText(123456789n)).toBe('1,234,567.89');
    expect(yuanText('-100000')).toBe('-1,000.00');
    expect(yuanText(99n)).toBe('0.99');
  });

  it('amounts in text people read carry the currency sign and thousands separators', () => {
    expect(moneyText(26_600_000n)).toBe('¥266,000.00');
    expect(moneyText('100')).toBe('¥1.00');
    // The sign goes before the currency, as on the web (formatYuan).
    expect(moneyText(-26_600_000n)).toBe('-¥266,000.00');
    expect(moneyText('-5')).toBe('-¥0.05');
  });
});
