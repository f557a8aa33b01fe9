import { describe, expect, it } from 'vitest';
import { dateTimeSecondsText, dateTimeText, utcOffsetText, zoneLabel } from './company-time.js';

describe('the company’s time as people read it', () => {
  const at = new Date('2026-03-02T01:05:09Z');

  it('a moment reads on the company’s wall clock, not the server’s', () => {
    expect(dateTimeText(at, 'Asia/Shanghai')).toBe('2026-03-02 09:05');
    expect(dateTimeSecondsText(at, 'Asia/Shanghai')).toBe('2026-03-02 09:05:09');
    // Across midnight: 20:30 UTC is the next day in Shanghai.
    expect(dateTimeText(new Date('2026-03-01T20:30:00Z'), 'Asia/Shanghai')).toBe('2026-03-02 04:30');
    expect(dateTimeText(at, 'America/Los_Angeles')).toBe('2026-03-01 17:05');
  });

  it('the zone is named where it matters, with its offset at the moment', () => {
    expect(zoneLabel('Asia/Shanghai', 'zh-CN', at)).toBe('北京时间 UTC+8');
    expect(zoneLabel('Asia/Shanghai', 'en', at)).toBe('Beijing time UTC+8');
    expect(zoneLabel('America/Los_Angeles', 'en', at)).toBe('America/Los_Angeles UTC-8');
    expect(utcOffsetText(new Date('2026-07-01T00:00:00Z'), 'America/Los_Angeles')).toBe('UTC-7');
    expect(utcOffsetText(at, 'Asia/Kolkata')).toBe('UTC+5:30');
  });
});
