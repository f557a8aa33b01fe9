import { nested, raw } from './raw-json.js';
import type { Kind } from './valid-value.js';

/** Values of the wrong type, or at the edges of JSON itself: any field may receive them. */
export const anyValues: unknown[] = [
  null,
  true,
  0,
  -1,
  '',
  ' ',
  [],
  {},
  [null],
  { a: 1 },
  1e308,
  -1e308,
  1.5,
  raw('-0'),
  raw('1e400'),
  raw('123456789012345678901234567890'),
  nested(5000),
  nested(40, 'object'),
];

/** Text at the edges of Unicode and of what a database or a log line may hold. */
export const textValues: unknown[] = [
  'x'.repeat(100_000),
  'a\ud800b',
  '\udc00',
  '\ud83d',
  '\uffff',
  '\ufffe\ufeff',
  '\u202eevil\u200f',
  '😀👩‍👩‍👧‍👦🇨🇳',
  'e\u0301\u0301\u0301\u0301',
  'a\u0000b',
  '\u2028\u2029',
  '\t\n\r\v\f',
  '\u3000',
  '１２３',
  '١٢٣',
  "'; select pg_sleep(5); --",
  '%_\\',
  '<script>alert(1)</script>',
  '{{7*7}}#{7*7}',
  '__proto__',
  'constructor',
  'null',
];

/** Money in fen travels as a string of digits; these are not that, or are at its edge. */
export const moneyValues: unknown[] = [
  '1.5',
  '1e5',
  '１２３',
  '-1',
  'abc',
  '9999999999999999',
  '99999999999999999999999999',
  '999999999999999',
  '0',
  '00',
  '000000000000001',
  ' 7 ',
  '+1',
  '0x10',
  '1_000',
  '1,000',
  '٣',
  '',
  100,
  1e308,
];

export const dateValues: unknown[] = [
  '0000-01-01',
  '9999-12-31',
  '2026-02-30',
  '2026-13-01',
  '1000-01-01',
  '0999-12-31',
  '2026-2-3',
  '2024-02-29',
  '2025-02-29',
  '20260302',
  '2026-03-02T00:00:00Z',
  '+002026-03-02',
  '1970-01-01',
  '２０２６-03-02',
];

export const dateTimeValues: unknown[] = [
  '2026-03-02T01:00:00+14:00',
  '2026-03-02T01:00:00-12:00',
  '2026-03-02T01:00:00+23:59',
  '2026-03-02T01:00:00-23:59',
  '9999-12-31T23:59:59-23:59',
  '1000-01-01T00:00:00+23:59',
  '0000-01-01T00:00:00Z',
  '2026-03-02T24:00:00Z',
  '2026-03-02T01:00:60Z',
  '2026-02-30T01:00:00Z',
  '2026-03-02T01:00:00.123456789Z',
  '2026-03-02T01:00:00',
  '2026-03-02T01:00:00+0800',
  '+275760-09-13T00:00:00Z',
  '1969-12-31T23:59:59.999Z',
];

export const uuidValues: unknown[] = [
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'not-a-uuid',
  '{5c2e4a1e-9e33-4d8b-8f3c-1b2a3c4d5e6f}',
  '5c2e4a1e9e334d8b8f3c1b2a3c4d5e6f',
  '5C2E4A1E-9E33-4D8B-8F3C-1B2A3C4D5E6F',
  `${'5c2e4a1e-9e33-4d8b-8f3c-1b2a3c4d5e6f'} `,
];

export const integerValues: unknown[] = [
  -2147483649,
  2147483647,
  2147483648,
  9007199254740991,
  raw('9007199254740993'),
  -9007199254740991,
  '5',
  0.1,
];

export const arrayValues: unknown[] = [Array.from({ length: 5000 }, () => 1), [[]], [{}], 'x', { 0: 'x' }];

export const objectValues: unknown[] = [
  [],
  'x',
  raw('{"__proto__":{"polluted":true}}'),
  { constructor: { prototype: { polluted: true } } },
  { prototype: { polluted: true } },
  { unexpectedKey: 'x' },
  nested(5000, 'object'),
];

/** The hostile values that matter to a kind of field (besides anyValues and textValues). */
export function valuesFor(kind: Kind): unknown[] {
  switch (kind) {
    case 'money':
      return moneyValues;
    case 'date':
      return dateValues;
    case 'datetime':
      return dateTimeValues;
    case 'uuid':
      return uuidValues;
    case 'integer':
    case 'number':
      return integerValues;
    case 'array':
      return arrayValues;
    case 'object':
      return objectValues;
    case 'email':
      return ['a@b', 'a@b.c\u0000', `${'x'.repeat(300)}@example.com`, '用户@例子.广告'];
    case 'enum':
      return ['NOT_AN_OPTION', 'ZH-CN', 'all ', 0];
    default:
      return [];
  }
}

/** Path parameters that are not what the route expects. */
export const paramValues: string[] = [
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'x'.repeat(5000),
  '%ED%A0%80',
  '%00',
  '%F0%9F%98%80',
  '%E2%80%AE',
  '%zz',
  '..%2F..%2Fetc',
  '%20',
  '__proto__',
];
