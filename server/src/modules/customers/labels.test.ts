import { describe, expect, it } from 'vitest';
import { fenToYuanText } from './labels.js';

describe('money in exports', () => {
  it.each([
    ['0', '0.00'],
    ['5', '0.05'],
    ['99', '0.99'],
    ['100', '1.00'],
    ['123456', '1234.56'],
    ['007', '0.07'],
    ['999999999999999', '9999999999999.99'],
  ])('ORG-5 export: %s fen is %s yuan, without floating point', (fen, yuan) => {
    expect(fenToYuanText(fen)).toBe(yuan);
  });

  it('no amount stays empty', () => {
    expect(fenToYuanText(null)).toBeNull();
    expect(fenToYuanText('')).toBeNull();
  });
});
