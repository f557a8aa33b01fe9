import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { multipartBody } from '../../../test/multipart.js';
import { sessions, setPolicyValue } from '../../../test/sessions.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { emit } from '../../platform/events/domain-events.js';
import { balanceOf } from '../../platform/ledger/ledger.js';
import { ledgerEntries } from '../../platform/ledger/tables.js';
import { meetingArrivedLate } from '../meetings/index.js';
import type { TViolation } from './schemas.js';
import { FINES_ACCOUNT } from './scope.js';
import { violations } from './tables.js';

let t: TestApp;
let s: ReturnType<typeof sessions>;
const id: Record<string, string> = {};
const MIN = 60_000;
const DAY = 24 * 60 * MIN;

/** The morning meeting records a late arrival, as the meetings module does (OPS-6). */
async function arriveLate(username: string, minutesLate: number): Promise<TViolation> {
  const startsAt = t.clock.now();
  const meetingId = randomUUID();
  const ctx: Ctx = {
    db: t.database.db,
    clock: t.clock,
    actor: null,
    requestId: 'test',
    ip: null,
    userAgent: null,
    lang: 'zh-CN',
  };
  const [u] = await queryRows<{ unit_id: string }>(
    t.database.db,
    sql`select unit_id::text from users where id = ${id[username]}::uuid`,
  );
  await inTx(ctx, (tx) =>
    emit(tx, ctx, meetingArrivedLate, {
      meetingId,
      day: startsAt.toISOString().slice(0, 10),
      userId: id[username]!,
      unitId: u!.unit_id,
      startsAt,
      arrivedAt: new Date(startsAt.getTime() + minutesLate * MIN),
      minutesLate,
      recordedBy: id.sup_east1!,
    }),
  );
  const page = await s.ok<{ items: TViolation[] }>(
    'hr',
    'GET',
    `/api/violations?userId=${id[username]}&pageSize=200`,
  );
  return page.items.find((v) => v.sourceRef === meetingId)!;
}

const refuse = (username: string, occurredAt: Date) =>
  s.ok<TViolation>('sup_east1', 'POST', '/api/violations', {
    userId: id[username],
    category: 'refusing_customer',
    occurredAt: occurredAt.toISOString(),
    description: '以客户不是自己的为由推诿',
    source: 'complaint',
    sourceRef: `TS-${randomUUID().slice(0, 8)}`,
  });

const finesEntries = (holderId: string) =>
  t.database.db
    .select()
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.account, FINES_ACCOUNT), eq(ledgerEntries.holderId, holderId)));

beforeAll(async () => {
  t = await createTestApp();
  s = sessions(t);
  for (const u of [
    'rep01',
    'rep02',
    'rep03',
    'rep04',
    'rep05',
    'sup_east1',
    'manager_east',
    'hr',
    'gm',
    'finance',
  ])
    id[u] = await t.userId(u);
});

describe('discipline: violations, fines, appeals, sanctions (PEN-1, PEN-2, PEN-4, CUS-5, Q2C-9)', () => {
  it('PEN-2: late 5 minutes → 20.00; 30 → 50.00; 90 → no fine from the bands, the company category; a policy change moves new violations only', async () => {
    t.clock.set(new Date('2026-04-06T00:30:00Z'));
    const five = await arriveLate('rep02', 5);
    expect(five).toMatchObject({ category: 'lateness', source: 'meeting', minutesLate: 5, fineFen: '2000' });
    const thirty = await arriveLate('rep02', 30);
    expect(thirty).toMatchObject({ category: 'lateness', fineFen: '5000' });
    const ninety = await arriveLate('rep02', 90);
    expect(ninety).toMatchObject({ category: 'absence_half_day', fineFen: '0', minutesLate: 90 });
    // The fines are on the ledger.
    expect(await balanceOf(t.database.db, FINES_ACCOUNT, id.rep02!)).toBe(7_000n);
    // The person is told and sees them in 我的违规.
    const mine = await s.ok<{ items: TViolation[] }>('rep02', 'GET', '/api/violations?whose=mine');
    expect(mine.items.map((v) => v.id)).toEqual(expect.arrayContaining([five.id, thirty.id, ninety.id]));
    t.clock.advance(MIN);
    await setPolicyValue(t, 'discipline.lateMinorFineFen', 3_000);
    t.clock.advance(MIN);
    const later = await arriveLate('rep02', 5);
    expect(later.fineFen).toBe('3000');
    expect((await s.ok<TViolation>('rep02', 'GET', `/api/violations/${five.id}`)).fineFen).toBe('2000');
    await setPolicyValue(t, 'discipline.lateMinorFineFen', 2_000);
  });

  it('CUS-5: a third refusal within the window flags dismissal for decision; two do not; a third outside the window does not', async () => {
    t.clock.set(new Date('2026-05-04T02:00:00Z'));
    const now = t.clock.now().getTime();
    // rep03: two refusals, no flag; the third within 12 months flags it and opens the superior's 待办.
    const a = await refuse('rep03', new Date(now - 100 * DAY));
    const b = await refuse('rep03', new Date(now - 50 * DAY));
    expect([a, b].map((v) => [v.fineFen, v.repeatCount, v.dismissalFlag])).toEqual([
      ['10000', 1, false],
      ['10000', 2, false],
    ]);
    const c = await refuse('rep03', new Date(now - DAY));
    expect(c).toMatchObject({ repeatCount: 3, dismissalFlag: true });
    const todo = await s.ok<{ sections: { key: string; items: { subject: string }[] }[] }>(
      'sup_east1',
      'GET',
      '/api/todo?limit=100',
    );
    expect(
      todo.sections.find((x) => x.key === 'discipline.dismissal')?.items.map((i) => i.subject),
    ).toContain('孙浩');
    // rep01: the first refusal is more than 12 months before the third.
    await refuse('rep01', new Date(now - 400 * DAY));
    await refuse('rep01', new Date(now - 30 * DAY));
    const outside = await refuse('rep01', new Date(now - DAY));
    expect(outside).toMatchObject({ repeatCount: 2, dismissalFlag: false });
  });

  it('ORG-3/PEN-2: appeal up the chain; a cancelled fine is a reversal entry; the monthly export sums match the ledger', async () => {
    t.clock.set(new Date('2026-06-08T00:30:00Z'));
    const v = await arriveLate('rep05', 20);
    expect(v.canAppeal).toBe(false); // as read by HR
    const own = await s.ok<TViolation>('rep05', 'GET', `/api/violations/${v.id}`);
    expect(own.canAppeal).toBe(true);
    const targets = await s.ok<{ items: { username: string }[] }>(
      'rep05',
      'GET',
      '/api/violations/appeal-targets',
    );
    expect(targets.items.map((x) => x.username)).toContain('manager_east');
    // Not to someone outside the chain.
    const wrong = await s.call('rep05', 'POST', `/api/violations/${v.id}/appeal`, {
      toUserId: id.finance,
      reason: '堵车',
    });
    expect(wrong.statusCode).toBe(400);
    const appealed = await s.ok<TViolation>('rep05', 'POST', `/api/violations/${v.id}/appeal`, {
      toUserId: id.manager_east,
      reason: '地铁故障，有证明',
    });
    expect(appealed.status).toBe('appealed');
    const todo = await s.ok<{ sections: { key: string; items: { id: string }[] }[] }>(
      'manager_east',
      'GET',
      '/api/todo?limit=100',
    );
    expect(todo.sections.find((x) => x.key === 'discipline.appeals')?.items.map((i) => i.id)).toContain(v.id);
    // Only the one appealed to decides.
    expect(
      (
        await s.call('sup_east2', 'POST', `/api/violations/${v.id}/decide`, {
          decision: 'cancel',
          reason: 'x',
        })
      ).statusCode,
    ).toBe(409);
    const decided = await s.ok<TViolation>('manager_east', 'POST', `/api/violations/${v.id}/decide`, {
      decision: 'cancel',
      reason: '情况属实',
    });
    expect(decided.status).toBe('cancelled');
    const entries = (await finesEntries(id.rep05!)).filter((e) => e.refId === v.id);
    expect(entries.map((e) => [e.amount, e.kind])).toEqual([
      [5_000n, 'fine'],
      [-5_000n, 'reversal'],
    ]);
    const told = await queryRows<{ event: string }>(
      t.database.db,
      sql`select event from notifications where user_id = ${id.rep05}::uuid and subject_id = ${v.id}`,
    );
    expect(told.map((n) => n.event).sort()).toEqual(['violation.decided', 'violation.recorded']);

    // A superior cancels one with a reason: reversal too.
    const w = await arriveLate('rep05', 3);
    await s.ok('sup_east2', 'POST', `/api/violations/${w.id}/cancel`, { reason: '误记' });
    await arriveLate('rep05', 45);

    const res = await s.call('finance', 'GET', '/api/violations/fines-export?month=2026-06');
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows = book.worksheets[0]!.getSheetValues().slice(2) as unknown[][];
    const rep05 = rows.find((r) => r[3] === 'rep05')!;
    const ledger = await queryRows<{ net: string }>(
      t.database.db,
      sql`select coalesce(sum(amount), 0)::text as net from ledger_entries
          where account = 'fines' and holder_id = ${id.rep05}::uuid and at >= '2026-05-31T16:00:00Z' and at < '2026-06-30T16:00:00Z'`,
    );
    expect(Math.round(Number(rep05[7]) * 100)).toBe(Number(ledger[0]!.net));
    expect(ledger[0]!.net).toBe('5000');
    const total = rows.at(-1)!;
    const all = await queryRows<{ net: string }>(
      t.database.db,
      sql`select coalesce(sum(amount), 0)::text as net from ledger_entries
          where account = 'fines' and at >= '2026-05-31T16:00:00Z' and at < '2026-06-30T16:00:00Z'`,
    );
    expect(Math.round(Number(total[7]) * 100)).toBe(Number(all[0]!.net));
    const audited = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where action = 'fines.export'`,
    );
    expect(audited[0]!.n).toBe(1);
    expect((await s.call('rep05', 'GET', '/api/violations/fines-export?month=2026-06')).statusCode).toBe(403);
  });

  it('PEN-4: dismissal needs the GM’s approval; the person sees their record; another person’s violation is 404 to a rep; HR sees all', async () => {
    t.clock.set(new Date('2026-07-06T02:00:00Z'));
    const v = await refuse('rep02', t.clock.now());
    const proposed = await s.ok('sup_east1', 'POST', '/api/sanctions', {
      userId: id.rep02,
      kind: 'dismissal',
      reasons: '多次推诿客户',
      violationIds: [v.id],
    });
    expect(proposed.status).toBe('pending');
    const [req] = await queryRows<{ id: string }>(
      t.database.db,
      sql`select id::text as id from approval_requests where doc_type = 'sanction_dismissal' and doc_id = ${proposed.id}`,
    );
    await s.ok('manager_east', 'POST', `/api/approvals/${req!.id}/approve`, {});
    expect((await s.ok('hr', 'GET', `/api/sanctions/${proposed.id}`)).status).toBe('pending');
    // Not the director's to approve: the GM's.
    expect((await s.call('director', 'POST', `/api/approvals/${req!.id}/approve`, {})).statusCode).not.toBe(
      200,
    );
    await s.ok('gm', 'POST', `/api/approvals/${req!.id}/approve`, {});
    expect((await s.ok('hr', 'GET', `/api/sanctions/${proposed.id}`)).status).toBe('approved');

    // A fine sanction posts its amount when approved.
    const fine = await s.ok('sup_east1', 'POST', '/api/sanctions', {
      userId: id.rep02,
      kind: 'fine',
      reasons: '屡次迟到',
      fineFen: '20000',
    });
    const before = await balanceOf(t.database.db, FINES_ACCOUNT, id.rep02!);
    const [fr] = await queryRows<{ id: string }>(
      t.database.db,
      sql`select id::text as id from approval_requests where doc_type = 'sanction_fine' and doc_id = ${fine.id}`,
    );
    await s.ok('manager_east', 'POST', `/api/approvals/${fr!.id}/approve`, {});
    expect(await balanceOf(t.database.db, FINES_ACCOUNT, id.rep02!)).toBe(before + 20_000n);

    const record = await s.ok('rep02', 'GET', '/api/violations/record');
    expect(record.sanctions.map((x: { kind: string }) => x.kind).sort()).toEqual(['dismissal', 'fine']);
    expect(record.violations.map((x: { id: string }) => x.id)).toContain(v.id);
    expect((await s.call('rep03', 'GET', `/api/violations/${v.id}`)).statusCode).toBe(404);
    // PEN-2: evidence kept with the violation: added by the supervisor, read by the person, 404 to another rep.
    const { payload, headers } = multipartBody({
      fileName: '投诉记录.txt',
      content: '客户投诉录音摘要',
      mimeType: 'text/plain',
    });
    const up = await t.app.inject({
      method: 'POST',
      url: `/api/violations/${v.id}/evidence`,
      payload,
      headers: { ...headers, cookie: await s.as('sup_east1') },
    });
    expect(up.statusCode, up.body).toBe(200);
    expect((await s.ok('rep02', 'GET', `/api/violations/${v.id}/evidence`)).items).toHaveLength(1);
    expect((await s.call('rep03', 'GET', `/api/violations/${v.id}/evidence`)).statusCode).toBe(404);
    expect((await s.call('rep03', 'GET', `/api/violations/record?userId=${id.rep02}`)).statusCode).toBe(404);
    const hrList = await s.ok<{ total: number }>('hr', 'GET', '/api/violations?pageSize=1');
    const [all] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from violations`,
    );
    expect(hrList.total).toBe(all!.n);
    expect((await s.ok('hr', 'GET', `/api/violations/record?userId=${id.rep02}`)).sanctions).toHaveLength(2);
  });

  it('Q2C-9: a seal taken without consent records a 50.00 violation, 1,000.00 more with harm', async () => {
    t.clock.set(new Date('2026-07-07T02:00:00Z'));
    const seals = await s.ok<{ items: { id: string; name: string }[] }>(
      'assistant_east',
      'GET',
      '/api/seals',
    );
    const seal = seals.items.find((x) => x.name === '经济合同章')!;
    const incident = await s.ok('assistant_east', 'POST', '/api/seal-violations', {
      sealId: seal.id,
      userId: id.rep04,
      description: '未经同意带离',
    });
    const [v] = await t.database.db.select().from(violations).where(eq(violations.sourceRef, incident.id));
    expect(v).toMatchObject({ category: 'seal_misuse', source: 'seal', fineFen: 5_000n, harmFineFen: 0n });
    await s.ok('assistant_east', 'POST', `/api/seal-violations/${incident.id}/harm`, {
      harmNote: '合同被擅自盖章',
    });
    const [after] = await t.database.db.select().from(violations).where(eq(violations.id, v!.id));
    expect(after!.harmFineFen).toBe(100_000n);
    const entries = (await finesEntries(id.rep04!)).filter((e) => e.refId === v!.id);
    expect(entries.map((e) => [e.kind, e.amount]).sort()).toEqual([
      ['fine', 5_000n],
      ['harm', 100_000n],
    ]);
  });
});
