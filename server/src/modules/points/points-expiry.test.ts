import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedContractFixture } from '../../../test/money-fixtures.js';
import { sessions, setPolicyValue } from '../../../test/sessions.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { inTx } from '../../platform/context.js';
import { emit } from '../../platform/events/domain-events.js';
import { executeJob } from '../../platform/jobs/runner.js';
import { ledgerExpiryJob } from '../../platform/ledger/job.js';
import { balanceOf } from '../../platform/ledger/ledger.js';
import { ledgerEntries } from '../../platform/ledger/tables.js';
import { contractSigned } from '../contracts/index.js';
import { awardPoints, POINTS_ACCOUNT } from './award.js';
import type { TPointsHistory, TPointsSummary } from './schemas.js';
import { pointsKit } from './test-kit.js';

type History = { items: TPointsHistory['items']; total: number };

let t: TestApp;
let s: ReturnType<typeof sessions>;
let k: ReturnType<typeof pointsKit>;
const id: Record<string, string> = {};
const START = new Date('2026-03-02T01:00:00Z'); // Monday 2 March 2026, 09:00 in Shanghai

const summary = (user: string, q = '') => s.ok<TPointsSummary>(user, 'GET', `/api/points/summary${q}`);
const balance = (userId: string) => balanceOf(t.database.db, POINTS_ACCOUNT, userId, { asOf: t.clock.now() });

const confirmedPayment = (amountFen: bigint, user = 'rep01') => k.confirmedPayment(s, amountFen, user);

beforeAll(async () => {
  t = await createTestApp();
  s = sessions(t);
  k = pointsKit(t);
  t.clock.set(START);
  for (const u of ['rep01', 'rep02', 'rep03', 'sup_east1', 'manager_east']) id[u] = (await k.user(u)).id;
});

describe('INC-3/INC-5: basic points at the company’s ratio and basis, and their expiry', () => {
  it('INC-3: with basis “signed”, a signed contract earns its owner the basic points once, and confirming money earns nothing more', async () => {
    await setPolicyValue(t, 'points.basicBasis', 'signed');
    try {
      const { contract } = await signedContractFixture(t.database, t.clock, {
        ownerUsername: 'rep02',
        customerId: await k.customer('rep02'),
        amountFen: 4_000_000n,
        signedOn: '2026-03-02',
      });
      const before = await balance(id.rep02!);
      const ctx = await k.ctx('sup_east1');
      for (let i = 0; i < 2; i++)
        await inTx(ctx, (tx) =>
          emit(tx, ctx, contractSigned, { contract: { ...contract, signedOn: '2026-03-02' } }),
        );
      expect(await balance(id.rep02!)).toBe(before + 400n);
      await confirmedPayment(1_000_000n, 'rep02');
      expect(await balance(id.rep02!)).toBe(before + 400n);
    } finally {
      t.clock.set(new Date(START.getTime() + 60_000));
      await setPolicyValue(t, 'points.basicBasis', 'collected');
    }
  });

  it('INC-3/INC-5: confirmed sales 100,000.00 at ratio r gives 100,000 × r basic points expiring one year later; business clock past expiry → the balance drops by exactly the expired lots', async () => {
    t.clock.set(new Date(START.getTime() + 120_000));
    await setPolicyValue(t, 'points.basicRatio', '0.05');
    const before = await summary('rep01');
    expect(before.balance).toBe('0');
    const p = await confirmedPayment(10_000_000n);

    const mine = await summary('rep01');
    expect(mine.balance).toBe('5000');
    const lot = mine.lots.find((l) => l.ref?.id === p.id)!;
    expect(lot).toMatchObject({
      kind: 'basic',
      amount: '5000',
      remaining: '5000',
      expired: false,
      ref: { type: 'payment', label: p.number, link: `/payments?id=${p.id}` },
    });
    expect(lot.expiresAt).toBe('2027-03-02T01:02:00.000Z');
    // Why: the figures and the policy values the award used.
    const history = await s.ok<History>('rep01', 'GET', '/api/points/history');
    expect(history.items[0]!.why).toMatchObject({
      basis: 'collected',
      ratio: '0.05',
      ratioPolicy: 'points.basicRatio',
      amountFen: '10000000',
      validity: { policy: 'points.basicValidMonths', months: 12 },
    });

    // An extra award seven months later (valid six months) outlives the basic lot.
    t.clock.set(new Date('2026-10-01T01:00:00Z'));
    await inTx(await k.ctx(), async (tx) =>
      awardPoints(tx, await k.ctx(), {
        userId: id.rep01!,
        rule: 'customer_praise',
        eventKey: 'test:praise:rep01',
      }),
    );
    expect(await balance(id.rep01!)).toBe(5050n);

    // A day past the basic lot's expiry: the live balance already excludes it; the job writes it off.
    t.clock.set(new Date('2027-03-03T01:00:00Z'));
    expect((await summary('rep01')).balance).toBe('50');
    expect((await executeJob(t.database.db, t.clock, ledgerExpiryJob, t.clock.now(), 'test')).result).toBe(
      'ok',
    );
    const expiry = await t.database.db
      .select()
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.holderId, id.rep01!), eq(ledgerEntries.kind, 'expiry')));
    expect(expiry.map((e) => e.amount)).toEqual([-5000n]);
    expect(await balanceOf(t.database.db, POINTS_ACCOUNT, id.rep01!)).toBe(50n);
    const after = await summary('rep01', '?asOf=2026-12-31');
    expect(after.balance).toBe('50');
    // As of the last day of 2026 both lots were valid.
    expect(after.asOf).toEqual({ date: '2026-12-31', balance: '5050' });
  });
});
