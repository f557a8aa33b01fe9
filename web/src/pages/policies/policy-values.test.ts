import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TPolicyOverride } from '../../api/types';
import { ensureMessages } from '../../i18n';
import { regionOverride, sortChapters, sortFilings } from './policy-regions';
import {
  fenToYuan,
  formatPolicyValue,
  formatYuan,
  fromFormValue,
  toFen,
  toFormValue,
  valueKind,
  yuanToFen,
} from './policy-values';

describe('fen ↔ yuan, exactly (money is integer fen, never a float)', () => {
  it.each([
    ['0', 0n],
    ['0.1', 10n],
    ['0.01', 1n],
    ['.5', 50n],
    ['12.3', 1230n],
    ['1234.56', 123456n],
    ['-0.05', -5n],
    ['  7 ', 700n],
    ['90071992547409.93', 9007199254740993n],
    ['123456789012345678.99', 12345678901234567899n],
  ])('yuan %s → %s fen', (yuan, fen) => {
    expect(yuanToFen(yuan)).toBe(fen);
  });

  it('the classic float trap: 0.1 + 0.2 yuan and 19.99 yuan stay exact', () => {
    expect(yuanToFen('0.3')).toBe((yuanToFen('0.1') ?? 0n) + (yuanToFen('0.2') ?? 0n));
    expect(yuanToFen('19.99')).toBe(1999n);
    expect(yuanToFen(1.15)).toBe(115n);
  });

  it.each(['', '.', '1.234', 'abc', '1e3', '--1', '1.2.3'])('refuses %j', (text) => {
    expect(yuanToFen(text)).toBeNull();
  });

  it.each([
    [0n, '0.00'],
    [1n, '0.01'],
    [10n, '0.10'],
    [123456n, '1234.56'],
    [-5n, '-0.05'],
    [12345678901234567899n, '123456789012345678.99'],
  ])('%s fen → %s yuan', (fen, yuan) => {
    expect(fenToYuan(fen)).toBe(yuan);
    expect(yuanToFen(yuan)).toBe(fen);
  });

  it('reads fen from a JSON number, a digit string or a bigint, and nothing else', () => {
    expect(toFen(500000)).toBe(500000n);
    expect(toFen('9007199254740993')).toBe(9007199254740993n);
    expect(toFen(5n)).toBe(5n);
    expect(toFen(1.5)).toBeNull();
    expect(toFen('1.5')).toBeNull();
    expect(toFen(null)).toBeNull();
  });

  it('formats yuan with the sign, thousands groups and two decimals', () => {
    expect(formatYuan(123456789n)).toBe('¥1,234,567.89');
    expect(formatYuan(100n)).toBe('¥1.00');
    expect(formatYuan(-123456n)).toBe('-¥1,234.56');
  });

  it('a form amount goes back as the policy stores it: number while safe, string otherwise', () => {
    expect(fromFormValue('fen', '5000.10', 0)).toBe(500010);
    expect(fromFormValue('fen', '5000.10', '0')).toBe('500010');
    expect(fromFormValue('fen', '90071992547409.93', 0)).toBe('9007199254740993');
    expect(() => fromFormValue('fen', '1.234', 0)).toThrow();
    expect(toFormValue('fen', 500010)).toBe('5000.10');
  });
});

describe('policy values by unit', () => {
  // Both languages side by side (the app loads only the one it shows).
  beforeAll(() => ensureMessages('en'));
  const zh = i18n.getFixedT('zh-CN');
  const en = i18n.getFixedT('en');

  it.each([
    [5, 'days', '5 天', '5 days'],
    [1, 'days', '1 天', '1 day'],
    [24, 'hours', '24 小时', '24 hours'],
    [30, 'minutes', '30 分钟', '30 minutes'],
    [5, 'count', '5 次', '5 times'],
    [300, 'customers', '300 个客户', '300 customers'],
    [10, 'points', '10 分', '10 points'],
    [12.5, 'percent', '12.5%', '12.5%'],
    [123456, 'fen', '¥1,234.56', '¥1,234.56'],
    ['Asia/Shanghai', 'text', 'Asia/Shanghai', 'Asia/Shanghai'],
    ['working', 'choice', '工作日', 'Working days'],
    ['something-else', 'choice', 'something-else', 'something-else'],
    [true, 'choice', '是', 'Yes'],
    [[1, 3, 7], 'days', '1 天、3 天、7 天', '1 day, 3 days, 7 days'],
    [['A', 'B'], 'choice', 'A、B', 'A, B'],
    [['newYear', 'midAutumn'], 'choice', '元旦、中秋', 'New Year, Mid-Autumn'],
    [{ A: 90, D: 15 }, 'days', 'A 90 天、D 15 天', 'A 90 days, D 15 days'],
    [{ lead: 10, won: 100 }, 'percent', '线索 10%、赢单 100%', 'Lead 10%, Won 100%'],
    [0, 'dayOfMonth', '每月最后一天', 'Last day of the month'],
    [25, 'dayOfMonth', '每月 25 日', 'Day 25 of the month'],
    [{}, 'days', '未单独设定', 'None set'],
    [
      { manager: 1, legal: 90 },
      'days',
      '销售经理 1 天、法务审查 90 天',
      'Sales manager 1 day, Legal review 90 days',
    ],
    [{ distributor: 60 }, 'days', '经销商 60 天', 'Distributor 60 days'],
    [
      [{ key: 'budget', label: { 'zh-CN': '预算', en: 'Budget' }, weight: 30 }],
      'percent',
      '预算 30%',
      'Budget 30%',
    ],
    [[{ a: [1] }], 'text', '[{"a":[1]}]', '[{"a":[1]}]'],
    [null, 'days', '—', '—'],
  ])('%j %s → %s / %s', (value, unit, zhText, enText) => {
    expect(formatPolicyValue(value, unit, zh)).toBe(zhText);
    expect(formatPolicyValue(value, unit, en)).toBe(enText);
  });

  it('picks the input from the unit, then from the value', () => {
    expect(valueKind('fen', 100)).toBe('fen');
    expect(valueKind('days', 3)).toBe('number');
    expect(valueKind('percent', 3)).toBe('number');
    expect(valueKind('text', 'Asia/Shanghai')).toBe('text');
    expect(valueKind('choice', true)).toBe('boolean');
    expect(valueKind('days', [1, 3])).toBe('json');
    expect(valueKind('text', { a: 1 })).toBe('json');
  });

  it('structured values are edited as JSON and parsed back', () => {
    expect(toFormValue('json', [1, 3])).toBe('[\n  1,\n  3\n]');
    expect(fromFormValue('json', '[1, 3]', [])).toEqual([1, 3]);
  });

  it('every regulation chapter has a name in both languages', () => {
    for (const chapter of [
      'ORG',
      'CUS',
      'VIS',
      'PLAN',
      'Q2C',
      'AR',
      'SVC',
      'EXP',
      'INC',
      'PEN',
      'OPS',
      'DOC',
      'RISK',
    ]) {
      expect(zh(`policies.chapters.${chapter}`)).not.toContain('policies.');
      expect(en(`policies.chapters.${chapter}`)).not.toContain('policies.');
    }
  });
});

const override = (o: Partial<TPolicyOverride>): TPolicyOverride => ({
  id: 'o',
  policyId: 'p',
  unit: { id: 'east', name: '华东大区' },
  value: 1,
  effectiveFrom: '2026-01-01T00:00:00.000Z',
  setAt: '2026-01-01T00:00:00.000Z',
  setBy: null,
  note: 'n',
  acknowledgedAt: null,
  acknowledgedBy: null,
  ...o,
});

describe('ORG-7: regional view', () => {
  const now = '2026-06-01T00:00:00.000Z';
  it('ORG-7: the override in force is the latest effective one of that region; a later one is scheduled', () => {
    const list = [
      override({ id: 'future', effectiveFrom: '2026-09-01T00:00:00.000Z' }),
      override({
        id: 'south',
        unit: { id: 'south', name: '华南' },
        effectiveFrom: '2026-05-01T00:00:00.000Z',
      }),
      override({ id: 'current', effectiveFrom: '2026-03-01T00:00:00.000Z' }),
      override({ id: 'old', effectiveFrom: '2026-01-01T00:00:00.000Z' }),
    ];
    const result = regionOverride(list, 'east', now);
    expect(result.inForce?.id).toBe('current');
    expect(result.scheduled?.id).toBe('future');
    expect(regionOverride(list, 'north', now)).toEqual({});
  });

  it('ORG-7: HQ sees filings awaiting acknowledgement first, newest first', () => {
    const sorted = sortFilings([
      override({ id: 'ack', acknowledgedAt: now, setAt: '2026-05-01T00:00:00.000Z' }),
      override({ id: 'old', setAt: '2026-01-01T00:00:00.000Z' }),
      override({ id: 'new', setAt: '2026-04-01T00:00:00.000Z' }),
    ]);
    expect(sorted.map((o) => o.id)).toEqual(['new', 'old', 'ack']);
  });

  it('chapters follow the regulations, unknown ones last', () => {
    expect(sortChapters(['OPS', 'NEW', 'ORG', 'AR', 'ORG'])).toEqual(['ORG', 'AR', 'OPS', 'NEW']);
  });
});
