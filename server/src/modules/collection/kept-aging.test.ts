import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { agingBuckets } from './policies.js';
import type { TAging } from './schemas.js';
import { signedFor } from './test-kit.js';

let t: TestApp;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-06-01T02:00:00Z'));
  for (const u of ['director', 'rep01', 'rep02']) cookies[u] = await t.login(u);
});

const aging = async (user: string, query = 'groupBy=rep') => {
  const res = await t.request('GET', `/api/receivables/aging?${query}`, { cookie: cookies[user] });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as TAging;
};
const agingStatements = (queries: string[]) => queries.filter((q) => /from instalments i/.test(q));

describe('aging kept against the receivables epoch (ADR 34)', () => {
  it('AR-9: a repeated report reads no instalments; any committed change to them, even written by another process, is in the next report', async () => {
    const { contract, instalments } = await signedFor(t, 'rep01', 1_000_000n, '2026-03-02');
    const first = await aging('director');

    const again = await t.countQueries(() =>
      t.request('GET', '/api/receivables/aging?groupBy=rep', { cookie: cookies.director }),
    );
    expect(again.res.json()).toEqual(first);
    expect(agingStatements(again.queries)).toEqual([]);

    // A write outside this request path (as another server process or an operator would make):
    // the trigger raises the epoch at commit, so the next report is computed again.
    await t.database.db.execute(
      sql`update instalments set amount_fen = amount_fen + 100 where contract_id = ${contract.id} and superseded_at is null`,
    );
    const after = await t.countQueries(() =>
      t.request('GET', '/api/receivables/aging?groupBy=rep', { cookie: cookies.director }),
    );
    expect(agingStatements(after.queries)).toHaveLength(1);
    const report = after.res.json() as TAging;
    expect(BigInt(report.totals.totalOpenFen) - BigInt(first.totals.totalOpenFen)).toBe(
      100n * BigInt(instalments.length),
    );
  });

  it("ORG-5: a kept report is kept per scope — a rep never gets the director's", async () => {
    await signedFor(t, 'rep01', 500_000n, '2026-04-01');
    const director = await aging('director');
    expect(director.rows.length).toBeGreaterThan(0);
    const rep02 = await aging('rep02');
    expect(rep02.rows).toEqual([]);
    const rep01 = await aging('rep01');
    expect(rep01.rows.map((r) => r.label)).toEqual([
      director.rows.find((r) => r.key === rep01.rows[0]?.key)?.label,
    ]);
    expect(rep01.totals.totalOpenFen).not.toBe('0');
  });

  it('AR-9: a report is computed again when the aging buckets policy changes (policy epoch)', async () => {
    const before = await aging('director');
    await t.database.db.execute(
      sql`insert into policy_values (policy_id, value, effective_from, set_at)
          values (${agingBuckets.id}, '[15, 45]'::jsonb, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
    );
    const after = await aging('director');
    expect(before.buckets.map((b) => b.key)).toEqual(['1-30', '31-60', '61-90', '91-']);
    expect(after.buckets.map((b) => b.key)).toEqual(['1-15', '16-45', '46-']);
  });
});
