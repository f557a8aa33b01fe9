import { describe, expect, it } from 'vitest';
import { chineseAmount } from './chinese-amount';

describe('chineseAmount (Q2C-3: the printed total in capitals)', () => {
  it.each([
    // fen, capitals
    [1_200_000n, '壹万贰仟元整'],
    [123_456n, '壹仟贰佰叁拾肆元伍角陆分'],
    [0n, '零元整'],
    [1n, '壹分'],
    [10n, '壹角'],
    [58n, '伍角捌分'],
    [100n, '壹元整'],
    [105n, '壹元零伍分'],
    [150n, '壹元伍角'],
    [1_000n, '壹拾元整'],
    [1_500n, '壹拾伍元整'],
    [10_100n, '壹佰零壹元整'],
    [100_000n, '壹仟元整'],
    [100_100n, '壹仟零壹元整'],
    [101_000n, '壹仟零壹拾元整'],
    [100_005n, '壹仟元零伍分'],
    [1_000_000n, '壹万元整'],
    [1_000_100n, '壹万零壹元整'],
    [1_010_000n, '壹万零壹佰元整'],
    [1_100_000n, '壹万壹仟元整'],
    [10_000_000n, '壹拾万元整'],
    [100_500_000n, '壹佰万伍仟元整'], // 1 005 000 yuan: no zero between 万 and 仟
    [100_050_000n, '壹佰万零伍佰元整'],
    [1_000_500_000n, '壹仟万伍仟元整'],
    [1_005_000_000n, '壹仟零伍万元整'],
    [10_000_000_000n, '壹亿元整'],
    [10_001_000_000n, '壹亿零壹万元整'],
    [10_000_000_100n, '壹亿零壹元整'],
    [10_100_000_000n, '壹亿零壹佰万元整'],
    [11_000_000_000n, '壹亿壹仟万元整'],
    [123_456_789_012n, '壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元壹角贰分'],
    [100_000_000_000_000n, '壹万亿元整'],
    [999_999_999_999_999n, '玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
    [-123_456n, '负壹仟贰佰叁拾肆元伍角陆分'],
  ])('%s fen → %s', (fen, text) => {
    expect(chineseAmount(fen)).toBe(text);
  });

  it('takes the API’s fen digit strings; anything else gives an empty text', () => {
    expect(chineseAmount('1200000')).toBe('壹万贰仟元整');
    expect(chineseAmount(' 105 ')).toBe('壹元零伍分');
    expect(chineseAmount('12.50')).toBe('');
    expect(chineseAmount('')).toBe('');
    expect(chineseAmount('abc')).toBe('');
  });

  it('never writes two 零 in a row, nor ends the yuan part with 零', () => {
    for (let fen = 1n; fen < 3_000_000n; fen += 997n) {
      const text = chineseAmount(fen * 1_003n);
      expect(text).not.toMatch(/零零/);
      expect(text).not.toMatch(/零元/);
      expect(text).not.toMatch(/零[万亿]/);
    }
  });
});
