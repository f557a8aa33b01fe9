import { describe, expect, it } from 'vitest';
import {
  caretAfterGrouping,
  cleanTypedYuan,
  fenToTypedYuan,
  groupTypedYuan,
  typedYuanToFen,
} from './money-input';

describe('an amount formatted as it is typed, read as integer fen (AR-2)', () => {
  it.each([
    ['1234567', '1234567', '1,234,567', '123456700'],
    ['1234567.8', '1234567.8', '1,234,567.8', '123456780'],
    ['¥1,234.567', '1234.56', '1,234.56', '123456'],
    ['007', '7', '7', '700'],
    ['.5', '0.5', '0.5', '50'],
    ['12.', '12.', '12.', '1200'],
    ['1.2.3', '1.23', '1.23', '123'],
    ['１２３．４', '123.4', '123.4', '12340'],
    ['abc', '', '', null],
    ['0.1', '0.1', '0.1', '10'],
    ['0.29', '0.29', '0.29', '29'],
    ['99999999999999999', '9999999999999', '9,999,999,999,999', '999999999999900'],
  ])('%s → %s → %s → %s fen', (typed, clean, grouped, fen) => {
    expect(cleanTypedYuan(typed)).toBe(clean);
    expect(groupTypedYuan(clean)).toBe(grouped);
    expect(typedYuanToFen(clean)).toBe(fen);
  });

  it('the field shows fen as yuan with separators and two decimals', () => {
    expect(fenToTypedYuan('123456789')).toBe('1,234,567.89');
    expect(fenToTypedYuan('5')).toBe('0.05');
    expect(fenToTypedYuan(null)).toBe('');
    expect(fenToTypedYuan('x')).toBe('');
  });

  it('the caret stays after the digit just typed when separators appear', () => {
    // Typed "1234" with the caret at the end → "1,234", caret at the end.
    expect(caretAfterGrouping('1234', 4, '1,234')).toBe(5);
    // "1,2345" with the caret after the 5th digit → "12,345": after the last digit.
    expect(caretAfterGrouping('1,2345', 6, '12,345')).toBe(6);
    // A digit typed at the front of "1,234": "91,234" → "91,234", caret after the 9.
    expect(caretAfterGrouping('91,234', 1, '91,234')).toBe(1);
  });
});
