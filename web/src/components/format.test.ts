import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  fenTextToYuanInput,
  formatChartYuan,
  formatFenText,
  formatRelative,
  formatYuan,
  isYuanInput,
  yuanInputToFenText,
} from './format';

describe('yuan typed in a form → fen digit string for the API (no floats)', () => {
  it.each([
    ['0', '0'],
    ['1', '100'],
    ['12.5', '1250'],
    ['12.50', '1250'],
    ['0.01', '1'],
    ['.5', '50'],
    ['1000000', '100000000'],
    [' 88.8 ', '8880'],
    ['9999999999999.99', '999999999999999'],
    // 0.1 + 0.2 would be 0.30000000000000004 as floats; as text it is exact.
    ['0.3', '30'],
    ['19.99', '1999'],
    ['90071992547409.93', undefined], // 16 digits of fen: beyond what the server takes
  ])('%s → %s', (yuan, fen) => {
    expect(yuanInputToFenText(yuan)).toBe(fen);
  });

  it('blank means no amount', () => {
    expect(yuanInputToFenText('')).toBeNull();
    expect(yuanInputToFenText('  ')).toBeNull();
    expect(yuanInputToFenText(undefined)).toBeNull();
    expect(yuanInputToFenText(null)).toBeNull();
    expect(isYuanInput('')).toBe(true);
  });

  it.each(['-1', '1.234', 'abc', '1,000', '1e5', '.', '¥5'])('%s is not an amount', (text) => {
    expect(yuanInputToFenText(text)).toBeUndefined();
    expect(isYuanInput(text)).toBe(false);
  });
});

describe('fen digit string from the API → yuan', () => {
  it.each([
    ['1250', '12.50'],
    ['1', '0.01'],
    ['0', '0.00'],
    ['999999999999999', '9999999999999.99'],
  ])('%s fen is %s in the form, and back', (fen, yuan) => {
    expect(fenTextToYuanInput(fen)).toBe(yuan);
    expect(yuanInputToFenText(yuan)).toBe(fen);
  });

  it('no amount is an empty field', () => {
    expect(fenTextToYuanInput(null)).toBe('');
    expect(fenTextToYuanInput('')).toBe('');
  });

  it('formats with the yuan sign and thousands', () => {
    expect(formatFenText('123456789')).toBe('¥1,234,567.89');
    expect(formatFenText('9007199254740993')).toBe('¥90,071,992,547,409.93');
    expect(formatFenText(null)).toBe('');
  });
});

describe('relative time', () => {
  it('says how long ago, against a given now', () => {
    const now = '2026-03-10T08:00:00.000Z';
    dayjs.locale('en');
    expect(formatRelative('2026-03-07T08:00:00.000Z', now)).toBe('3 days ago');
    expect(formatRelative(null, now)).toBe('');
  });
});

describe('money reads the same everywhere: ¥266,000.00', () => {
  it('pages, charts and the server text agree (moneyText in server/src/platform/money.ts)', () => {
    expect(formatYuan(26_600_000n)).toBe('¥266,000.00');
    expect(formatFenText('26600000')).toBe('¥266,000.00');
    expect(formatYuan(-500n)).toBe('-¥5.00');
    expect(formatChartYuan(266000)).toBe('¥266,000.00');
    expect(formatChartYuan(1234.5)).toBe('¥1,234.50');
    expect(formatChartYuan(0.1 + 0.2)).toBe('¥0.30');
    expect(formatChartYuan(Number.NaN)).toBe('');
  });
});
