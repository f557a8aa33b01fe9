import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { customerOf } from '../../../test/day-fixtures.js';
import { sessions, setPolicyValue } from '../../../test/sessions.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { TEST_NOW } from '../../../test/test-clock.js';
import { queryRows } from '../../db/client.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { emit } from '../../platform/events/domain-events.js';
import { balanceOf } from '../../platform/ledger/ledger.js';
import { ledgerEntries } from '../../platform/ledger/tables.js';
import { indicatorsFor } from '../indicators/index.js';
import { orderAccepted } from '../orders/index.js';
import { awardClosedMonth, POINTS_ACCOUNT } from '../points/index.js';
import { serviceTicketResolved } from '../service/index.js';
import { praiseRecorded } from './events.js';
import { hashToken } from './send-survey.js';
import { satisfactionSurveys } from './tables.js';
import { sendScheduledSurveys } from './triggers.js';

let t: TestApp;
let s: ReturnType<typeof sessions>;
const id: Record<string, string> = {};
const unitOf: Record<string, string> = {};
const customerIds: Record<string, string> = {};
/** The limit of the public routes (the sign-in's) in this file's app, per client and minute. */
const LIMIT = 40;

const systemCtx = (): Ctx => ({
  db: t.database.db,
  clock: t.clock,
  actor: null,
  requestId: 'test',
  ip: null,
  userAgent: null,
  lang: 'zh-CN',
});
const emitIn = async <P>(event: Parameters<typeof emit<P>>[2], payload: P) => {
  const ctx = systemCtx();
  await inTx(ctx, (tx) => emit(tx, ctx, event, payload));
};
const balance = (userId: string) => balanceOf(t.database.db, POINTS_ACCOUNT, userId, { asOf: t.clock.now() });
const anon = (method: 'GET' | 'POST', token: string, body?: unknown) =>
  t.request(method, `/api/public/surveys/${encodeURIComponent(token)}`, body === undefined ? {} : { body });
const tokenOf = (link: string) => link.slice(link.indexOf('/s/') + 3);
const answers = [
  { key: 'service', score: 5 },
  { key: 'response', score: 4 },
  { key: 'product', score: 4 },
  { key: 'overall', score: 5 },
];

beforeAll(async () => {
  t = await createTestApp({ loginRateLimitPerMinute: LIMIT });
  s = sessions(t);
  for (const u of ['rep01', 'rep02', 'manager_east', 'sup_east1']) id[u] = await t.userId(u);
  for (const u of ['rep01', 'rep02']) {
    const [user] = await queryRows<{ unit_id: string }>(
      t.database.db,
      sql`select unit_id::text as unit_id from users where id = ${id[u]!}`,
    );
    unitOf[u] = user!.unit_id;
    customerIds[u] = await customerOf(t, u, new Date('2025-12-01T02:00:00Z'));
  }
});

describe('SVC-2: satisfaction surveys', () => {
  it('SVC-2: the survey link works once without signing in, refuses reuse and expiry, leaks no other data', async () => {
    const sent = await s.ok('manager_east', 'POST', '/api/surveys', { customerId: customerIds.rep01 });
    expect(sent.survey).toMatchObject({ source: 'manual', status: 'sent', rep: { id: id.rep01 } });
    const token = tokenOf(sent.link);
    expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    // Only the hash is stored.
    const [stored] = await t.database.db
      .select()
      .from(satisfactionSurveys)
      .where(eq(satisfactionSurveys.id, sent.survey.id));
    expect(stored!.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    const shown = await anon('GET', token);
    expect(shown.statusCode, shown.body).toBe(200);
    const body = shown.json();
    expect(Object.keys(body).sort()).toEqual(['company', 'customerName', 'expiresAt', 'questions']);
    for (const q of body.questions) expect(Object.keys(q).sort()).toEqual(['key', 'text']);
    expect(body.questions.map((q: { key: string }) => q.key)).toEqual([
      'service',
      'response',
      'product',
      'overall',
    ]);
    // Nothing of the rep, the ids or the customer's file.
    for (const secret of [
      id.rep01!,
      sent.survey.id,
      customerIds.rep01!,
      sent.survey.rep.displayName,
      'rep01',
    ])
      expect(shown.body).not.toContain(secret);

    // Other tokens — random ones, the survey's id, its hash — are all the same "invalid".
    for (const wrong of [
      randomBytes(32).toString('base64url'),
      randomBytes(16).toString('hex'),
      sent.survey.id,
      stored!.tokenHash,
      `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`,
    ]) {
      const res = await anon('GET', wrong);
      expect(res.statusCode, wrong).toBe(404);
      expect(res.json().error.code).toBe('SURVEY_LINK_INVALID');
      const post = await anon('POST', wrong, { answers });
      expect(post.statusCode).toBe(404);
    }
    // An answer for a question the survey does not ask is a field error.
    const bad = await anon('POST', token, { answers: [{ key: 'price', score: 3 }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields['answers.0.key']).toBeTruthy();

    const answered = await anon('POST', token, { answers, comment: '服务很好' });
    expect(answered.statusCode, answered.body).toBe(200);
    const again = await anon('POST', token, { answers });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('SURVEY_ANSWERED');
    expect((await anon('GET', token)).json().error.code).toBe('SURVEY_ANSWERED');

    const result = await s.ok('manager_east', 'GET', `/api/surveys/${sent.survey.id}`);
    expect(result).toMatchObject({ status: 'answered', score: 4.5, satisfied: true, comment: '服务很好' });
    expect(result.can.resend).toBe(false);
    // The rep reads their own; another rep does not see it.
    await s.ok('rep01', 'GET', `/api/surveys/${sent.survey.id}`);
    expect((await s.call('rep02', 'GET', `/api/surveys/${sent.survey.id}`)).statusCode).toBe(404);

    // A new link voids the old one; a link past satisfaction.linkValidDays (14) has expired.
    const second = await s.ok('manager_east', 'POST', '/api/surveys', { customerId: customerIds.rep01 });
    const renewed = await s.ok('manager_east', 'POST', `/api/surveys/${second.survey.id}/resend`);
    expect((await anon('GET', tokenOf(second.link))).json().error.code).toBe('SURVEY_LINK_INVALID');
    expect((await anon('GET', tokenOf(renewed.link))).statusCode).toBe(200);
    t.clock.set(new Date(TEST_NOW.getTime() + 14 * 86_400_000 + 60_000));
    try {
      const expired = await anon('GET', tokenOf(renewed.link));
      expect(expired.statusCode).toBe(410);
      expect(expired.json().error.code).toBe('SURVEY_EXPIRED');
      expect((await anon('POST', tokenOf(renewed.link), { answers })).json().error.code).toBe(
        'SURVEY_EXPIRED',
      );
    } finally {
      t.clock.set(TEST_NOW);
    }
  });

  it('SVC-2/PLAN-5: the rep’s satisfaction indicator for the period equals the hand-computed value', async () => {
    // [rep, score sum, questions answered, answered at (UTC)] — Beijing time decides the month.
    const seeds: [string, number, number, string | null][] = [
      ['rep01', 20, 4, '2026-01-10T02:00:00Z'], // 5.00 satisfied
      ['rep01', 14, 4, '2026-01-20T02:00:00Z'], // 3.50
      ['rep01', 16, 4, '2026-01-31T15:59:00Z'], // 4.00 satisfied (23:59 on 31 January)
      ['rep02', 12, 4, '2026-01-15T02:00:00Z'], // 3.00
      ['rep01', 19, 4, '2026-01-31T16:30:00Z'], // 4.75 satisfied (00:30 on 1 February)
      ['rep01', 9, 2, '2026-02-10T02:00:00Z'], // 4.50 satisfied (two questions answered)
      ['rep02', 15, 4, '2026-02-05T02:00:00Z'], // 3.75
      ['rep02', 17, 4, '2026-02-06T02:00:00Z'], // 4.25 satisfied
      ['rep02', 20, 4, '2026-02-07T02:00:00Z'], // 5.00 satisfied
      ['rep02', 0, 0, null], // sent in February, never answered
    ];
    await t.database.db.insert(satisfactionSurveys).values(
      seeds.map(([rep, sum, count, at]) => ({
        customerId: customerIds[rep]!,
        repId: id[rep]!,
        unitId: unitOf[rep]!,
        source: 'schedule' as const,
        sourceRef: randomUUID(),
        questions: [],
        tokenHash: hashToken(randomUUID()),
        sentAt: new Date('2026-01-05T02:00:00Z'),
        expiresAt: new Date('2026-12-31T00:00:00Z'),
        answeredAt: at ? new Date(at) : null,
        scoreSum: at ? sum : null,
        scoreCount: at ? count : null,
      })),
    );
    const rows = await indicatorsFor(t.database.db, {
      subjects: [
        { type: 'user', id: id.rep01! },
        { type: 'user', id: id.rep02! },
      ],
      periods: ['2026-01', '2026-02', '2026-Q1'],
      at: TEST_NOW,
    });
    const figure = (u: string, p: string) => {
      const r = rows.find((x) => x.subject.id === id[u] && x.period === p)!;
      return {
        pct: r.satisfaction.pct,
        responses: r.satisfaction.responses,
        provided: r.satisfaction.provided,
      };
    };
    expect(figure('rep01', '2026-01')).toEqual({ pct: 66.7, responses: 3, provided: true });
    expect(figure('rep02', '2026-01')).toEqual({ pct: 0, responses: 1, provided: true });
    expect(figure('rep01', '2026-02')).toEqual({ pct: 100, responses: 2, provided: true });
    expect(figure('rep02', '2026-02')).toEqual({ pct: 66.7, responses: 3, provided: true });
    expect(figure('rep02', '2026-Q1')).toEqual({ pct: 50, responses: 4, provided: true });
    // The unit: every survey about its people (both reps' unit, or each its own).
    const units = await indicatorsFor(t.database.db, {
      subjects: [{ type: 'unit', id: unitOf.rep01! }],
      periods: ['2026-02'],
      at: TEST_NOW,
    });
    expect(units[0]!.satisfaction).toMatchObject(
      unitOf.rep01 === unitOf.rep02 ? { pct: 80, responses: 5 } : { pct: 100, responses: 2 },
    );

    // INC-4: February's close awards rep01 (100% ≥ points.highSatisfactionPct 95) the
    // high-satisfaction points once, and rep02 (66.7%) none.
    const key = (u: string) => `high_satisfaction:${id[u]}:2026-02`;
    const lots = async (u: string) =>
      (
        await t.database.db
          .select({ amount: ledgerEntries.amount })
          .from(ledgerEntries)
          .where(and(eq(ledgerEntries.idempotencyKey, key(u))))
      ).length;
    await awardClosedMonth(systemCtx(), '2026-02');
    await awardClosedMonth(systemCtx(), '2026-02');
    expect(await lots('rep01')).toBe(1);
    expect(await lots('rep02')).toBe(0);
  });

  it('SVC-2: a resolved ticket sends a survey once; an accepted delivery sends one; each trigger is a policy switch', async () => {
    const count = async (source: string, ref: string) =>
      (
        await queryRows<{ n: number }>(
          t.database.db,
          sql`select count(*)::int as n from satisfaction_surveys where source = ${source} and source_ref = ${ref}`,
        )
      )[0]!.n;
    const ticket = {
      ticketId: randomUUID(),
      number: 'FW-2026-0001',
      customerId: customerIds.rep02!,
      ownerId: id.rep02!,
      type: 'repair',
      resolvedAt: TEST_NOW,
    };
    await emitIn(serviceTicketResolved, ticket);
    await emitIn(serviceTicketResolved, ticket);
    expect(await count('ticket', ticket.ticketId)).toBe(1);
    const list = await s.ok('rep02', 'GET', '/api/surveys?source=ticket');
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ source: 'ticket', rep: { id: id.rep02 }, status: 'sent' });

    const order = {
      orderId: randomUUID(),
      number: 'DD-2026-0001',
      customerId: customerIds.rep01!,
      ownerId: id.rep01!,
      acceptedAt: TEST_NOW,
    };
    await emitIn(orderAccepted, order);
    expect(await count('delivery', order.orderId)).toBe(1);

    await setPolicyValue(t, 'satisfaction.afterTicket', false);
    const off = { ...ticket, ticketId: randomUUID() };
    await emitIn(serviceTicketResolved, off);
    expect(await count('ticket', off.ticketId)).toBe(0);
    await setPolicyValue(t, 'satisfaction.afterTicket', true);
  });

  it('SVC-2: the regular survey goes to each owned customer not surveyed within satisfaction.everyMonths, once', async () => {
    expect(await sendScheduledSurveys(systemCtx())).toEqual({ sent: 0 }); // off by default
    await setPolicyValue(t, 'satisfaction.everyMonths', 1);
    expect(await sendScheduledSurveys(systemCtx())).toEqual({ sent: 0 }); // both surveyed today
    t.clock.set(new Date('2026-05-04T01:00:00Z'));
    try {
      expect(await sendScheduledSurveys(systemCtx())).toEqual({ sent: 2 });
      expect(await sendScheduledSurveys(systemCtx())).toEqual({ sent: 0 });
    } finally {
      t.clock.set(TEST_NOW);
      await setPolicyValue(t, 'satisfaction.everyMonths', 0);
    }
  });

  it('SVC-3/INC-4: recorded praise awards the praise extra points once', async () => {
    const before = await balance(id.rep01!);
    const praise = await s.ok('sup_east1', 'POST', '/api/praise', {
      customerId: customerIds.rep01,
      userId: id.rep01,
      day: '2026-03-01',
      kind: 'praise',
      description: '客户来信表扬安装调试及时周到',
    });
    expect(praise).toMatchObject({ kind: 'praise', user: { id: id.rep01 }, points: '50' });
    expect(await balance(id.rep01!)).toBe(before + 50n);
    // The event again (a retry) pays nothing more.
    await emitIn(praiseRecorded, {
      praiseId: praise.id,
      title: 'x',
      customerId: customerIds.rep01!,
      userId: id.rep01!,
      recordedBy: id.sup_east1!,
    });
    expect(await balance(id.rep01!)).toBe(before + 50n);
    // Customer praise is no longer proposed by hand (it would pay twice).
    const manual = await s.call('sup_east1', 'POST', '/api/points/award-requests', {
      userId: id.rep01,
      rule: 'customer_praise',
      points: 50,
      reason: '客户表扬',
    });
    expect(manual.statusCode).toBe(400);
    // On the customer's timeline; the person is told; nobody records their own praise; reps do not record.
    const timeline = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from timeline_events where subject_id = ${customerIds.rep01!}
          and kind = 'praise.recorded' and ref_id = ${praise.id}`,
    );
    expect(timeline[0]!.n).toBe(1);
    const own = await s.call('sup_east1', 'POST', '/api/praise', {
      customerId: customerIds.rep01,
      userId: id.sup_east1,
      day: '2026-03-01',
      kind: 'award',
      description: '年度优秀服务奖',
    });
    expect(own.json().error.code).toBe('PRAISE_OWN');
    expect((await s.call('rep01', 'POST', '/api/praise', {})).statusCode).toBe(403);
    await s.ok('rep01', 'GET', `/api/praise/${praise.id}`);
    expect((await s.call('rep02', 'GET', `/api/praise/${praise.id}`)).statusCode).toBe(404);
  });

  it("SVC-2: the link is mailed to the customer's primary contact, and a new link is mailed again", async () => {
    await t.database.db.execute(
      sql`insert into customer_contacts (customer_id, name, email, is_primary)
          values (${customerIds.rep02!}, '采购部王经理', 'buyer@example.com', 1)`,
    );
    const mails = async () =>
      queryRows<{ body: string }>(
        t.database.db,
        sql`select body from mail_outbox where to_address = 'buyer@example.com'`,
      );
    const before = (await mails()).length;
    const sent = await s.ok('manager_east', 'POST', '/api/surveys', { customerId: customerIds.rep02 });
    expect(sent.survey.mailedTo).toBe('buyer@example.com');
    const first = await mails();
    expect(first).toHaveLength(before + 1);
    expect(first.filter((m) => m.body.includes(sent.link))).toHaveLength(1);
    const again = await s.ok('manager_east', 'POST', `/api/surveys/${sent.survey.id}/resend`, {});
    expect(again.link).not.toBe(sent.link);
    const second = await mails();
    expect(second).toHaveLength(before + 2);
    // Both mails are made at the same instant of the test clock: found by their links, not their order.
    expect(second.filter((m) => m.body.includes(again.link))).toHaveLength(1);
    // The mailed first link no longer opens the survey.
    expect((await anon('GET', tokenOf(sent.link))).statusCode).toBe(404);
  });

  it('SVC-2: the public survey routes are rate-limited per client', async () => {
    const token = randomBytes(32).toString('base64url');
    const codes: number[] = [];
    for (let i = 0; i < LIMIT + 2; i++) codes.push((await anon('GET', token)).statusCode);
    expect(codes).toContain(429);
    expect(codes.filter((c) => c !== 429).length).toBeLessThanOrEqual(LIMIT);
    const limited = await anon('GET', token);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
  });
});
