import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseWebConcurrency } from './config.js';

const PG = 'postgres://postgres@127.0.0.1:5432/xiaoguan';

describe('WEB_CONCURRENCY', () => {
  it('defaults to one process per CPU on PostgreSQL and to one on the embedded database', () => {
    expect(loadConfig({ DATABASE_URL: PG }, []).webConcurrency).toBe(availableParallelism());
    expect(loadConfig({}, []).webConcurrency).toBe(1);
  });

  it('takes a whole number of processes', () => {
    expect(parseWebConcurrency('3', PG)).toBe(3);
    expect(parseWebConcurrency('1', undefined)).toBe(1);
    for (const bad of ['0', '-1', '1.5', 'two'])
      expect(() => parseWebConcurrency(bad, PG)).toThrow(/WEB_CONCURRENCY/);
  });

  it('refuses more than one process on the embedded database, which one process holds', () => {
    expect(() => parseWebConcurrency('2', undefined)).toThrow(/needs PostgreSQL/);
  });

  it('keeps a settable business clock (test servers) in one process', () => {
    expect(loadConfig({ DATABASE_URL: PG, XG_CLOCK_CONTROL: 'true' }, []).webConcurrency).toBe(1);
    expect(() => parseWebConcurrency('2', PG, true)).toThrow(/XG_CLOCK_CONTROL/);
  });
});
