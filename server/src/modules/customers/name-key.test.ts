import { describe, expect, it } from 'vitest';
import { isValidCreditCode } from './credit-code.js';
import { nameKey, namePinyin, normalisePhone } from './name-key.js';

describe('CUS-1: how customers are compared and searched', () => {
  it('CUS-1: the same company written differently has one name key', () => {
    const key = nameKey('北京华宇科技有限公司');
    expect(nameKey('北京 华宇科技 有限责任公司')).toBe(key);
    expect(nameKey('北京华宇科技（有限公司）')).toBe(key);
    expect(nameKey('ＡＣＭＥ Trading Co., Ltd.')).toBe(nameKey('acme trading'));
    expect(nameKey('北京华宇科技有限公司')).not.toBe(nameKey('北京华宇电子有限公司'));
  });

  it('CUS-1: a name is searchable by pinyin initials and full pinyin', () => {
    expect(namePinyin('北京华宇')).toBe('bjhy beijinghuayu');
  });

  it('CUS-1: phones compare as digits, without the +86 country code', () => {
    expect(normalisePhone('+86 138-0013-8000')).toBe('13800138000');
    expect(normalisePhone('0086 13800138000')).toBe('13800138000');
    expect(normalisePhone('(021) 6543 2100')).toBe('02165432100');
    expect(normalisePhone('+1 415 555 0100')).toBe('+14155550100');
  });

  it('CUS-1: a unified social credit code is checked by its check character (GB 32100)', () => {
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(isValidCreditCode('91350100m000100y43')).toBe(true);
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
    expect(isValidCreditCode('9135010OM000100Y43')).toBe(false);
  });
});
