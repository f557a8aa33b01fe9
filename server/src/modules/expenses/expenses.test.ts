import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedContractFixture } from '../../../test/money-fixtures.js';
import { multipartBody } from '../../../test/multipart.js';
import { sessions, setPolicyValue } from '../../../test/sessions.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { auditLog } from '../../platform/audit/tables.js';
import type { Ctx } from '../../platform/context.js';
import { notifications } from '../../platform/notifications/tables.js';
import { users } from '../../platform/org/tables.js';
import { tellRatiosOver } from './ratio-job.js';
import type { TClaim } from './schemas.js';
import { expenseClaimLines, expenseClaims } from './tables.js';

/** A PNG (its signature first) made unique by its tail, as two different phone photos would be. */
const png = (tail: string) =>
  Buffer.concat([
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    ),
    Buffer.from(tail),
  ]);

let t: TestApp;
let s: ReturnType<typeof sessions>;
const id: Record<string, string> = {};
let n = 0;

beforeAll(async () => {
  t = await createTestApp();
  s = sessions(t);
  for (const u of ['rep01', 'rep02', 'rep03', 'sup_east1', 'manager_east', 'finance'])
    id[u] = await t.userId(u);
});

type Line = {
  category?: string;
  amountFen?: string;
  invoiceNo?: string | null;
  merchant?: string;
  spentOn?: string;
  preApprovalId?: string;
};

const upload = async (user: string, claimId: string, lineId: string, content: Buffer) => {
  const { payload, headers } = multipartBody({ fileName: 'receipt.png', content, mimeType: 'image/png' });
  return t.app.inject({
    method: 'POST',
    url: `/api/expense-claims/${claimId}/lines/${lineId}/receipt`,
    payload,
    headers: { ...headers, cookie: await s.as(user) },
  });
};

/** A claim drafted with its lines, a receipt on each (unique unless given), then submitted. */
async function draft(user: string, lines: Line[], receipts?: Buffer[]): Promise<TClaim> {
  const claim = await s.ok<TClaim>(user, 'POST', '/api/expense-claims', {
    note: '二月客户拜访',
    lines: lines.map((l) => {
      n += 1;
      return {
        spentOn: l.spentOn ?? '2026-02-20',
        category: l.category ?? 'meals',
        amountFen: l.amountFen ?? String(10_000 + n),
        invoiceNo: l.invoiceNo === undefined ? `INV-${n}` : l.invoiceNo,
        merchant: l.merchant ?? `商户${n}`,
        ...(l.preApprovalId ? { preApprovalId: l.preApprovalId } : {}),
      };
    }),
  });
  for (const [i, line] of claim.lines.entries()) {
    const res = await upload(user, claim.id, line.id, receipts?.[i] ?? png(`${user}-${claim.number}-${i}`));
    expect(res.statusCode, res.body).toBe(200);
  }
  return claim;
}
const submit = (user: string, claimId: string) =>
  s.call(user, 'POST', `/api/expense-claims/${claimId}/submit`);
async function filed(user: string, lines: Line[], receipts?: Buffer[]): Promise<TClaim> {
  const claim = await draft(user, lines, receipts);
  const res = await submit(user, claim.id);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const approvers = async (claimId: string) => {
  const h = await s.ok('rep01', 'GET', `/api/approvals/history?docType=expense_claim&docId=${claimId}`);
  return h.rounds[0].steps.map((x: { approver: { username: string } }) => x.approver.username);
};
const todoOf = async (user: string, key: string) => {
  const todo = await s.ok(user, 'GET', '/api/todo?limit=50');
  return JSON.stringify(todo.sections.find((x: { key: string }) => x.key === key) ?? null);
};
async function approvedPreApproval(kind: string, estimatedFen: string): Promise<string> {
  const p = await s.ok('rep01', 'POST', '/api/expense-pre-approvals', {
    kind,
    estimatedFen,
    purpose: '拜访客户时赠送礼品并安排工作午餐',
  });
  expect(p.status).toBe('pending');
  const h = await s.ok('rep01', 'GET', `/api/approvals/history?docType=expense_pre_approval&docId=${p.id}`);
  await s.ok('sup_east1', 'POST', `/api/approvals/${h.latestRequestId}/approve`, {});
  expect((await s.ok('rep01', 'GET', `/api/expense-pre-approvals/${p.id}`)).status).toBe('approved');
  return p.id;
}

describe('EXP-3: claims — review, finance, paid', () => {
  it('EXP-3: full path — submit → department review → finance → paid, each approver’s 待办, the rep told at each step, audited', async () => {
    const claim = await filed('rep01', [
      { category: 'transport', amountFen: '12800' },
      { category: 'meals', amountFen: '6600' },
    ]);
    expect(claim).toMatchObject({ status: 'submitted', totalFen: '19400', stage: 'review' });
    expect(await approvers(claim.id)).toEqual(['sup_east1', 'finance']);
    expect(await todoOf('sup_east1', 'approvals.waiting')).toContain(claim.number);
    // Not the finance stage yet; not someone else's turn.
    expect(
      (await s.call('finance', 'POST', `/api/expense-claims/${claim.id}/finance/approve`, {})).json().error
        .code,
    ).toBe('EXPENSE_WRONG_STAGE');
    // Another rep cannot see it.
    expect((await s.call('rep04', 'GET', `/api/expense-claims/${claim.id}`)).statusCode).toBe(404);

    const reviewed = await s.ok<TClaim>(
      'sup_east1',
      'POST',
      `/api/expense-claims/${claim.id}/review/approve`,
      { note: '同意' },
    );
    expect(reviewed).toMatchObject({ status: 'submitted', stage: 'finance' });
    expect(await todoOf('finance', 'approvals.waiting')).toContain(claim.number);

    const approved = await s.ok<TClaim>(
      'finance',
      'POST',
      `/api/expense-claims/${claim.id}/finance/approve`,
      {},
    );
    expect(approved.status).toBe('approved');
    expect(await todoOf('finance', 'expenses.toPay')).toContain(claim.number);
    const toPay = await s.ok('finance', 'GET', '/api/expense-claims?view=toPay&pageSize=50');
    expect(toPay.items.map((r: { id: string }) => r.id)).toContain(claim.id);

    expect(
      (await s.call('rep01', 'POST', `/api/expense-claims/${claim.id}/pay`, { paidOn: '2026-03-02' }))
        .statusCode,
    ).toBe(403);
    const paid = await s.ok<TClaim>('finance', 'POST', `/api/expense-claims/${claim.id}/pay`, {
      paidOn: '2026-03-02',
    });
    expect(paid).toMatchObject({ status: 'paid', paidOn: '2026-03-02' });
    expect(await todoOf('finance', 'expenses.toPay')).not.toContain(claim.number);

    const told = await t.database.db
      .select({ event: notifications.event })
      .from(notifications)
      .where(and(eq(notifications.userId, id.rep01!), eq(notifications.subjectId, claim.id)));
    expect(told.map((x) => x.event).sort()).toEqual([
      'approval.approved',
      'expense.claimPaid',
      'expense.claimReviewed',
    ]);
    const actions = (await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, claim.id))).map(
      (r) => r.action,
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        'expense_claim.create',
        'expense_claim.receipt',
        'expense_claim.submit',
        'expense_claim.approve',
        'expense_claim.pay',
      ]),
    );
    // The month's export for finance.
    const xlsx = await s.call('finance', 'GET', '/api/expense-claims/export?month=2026-03');
    expect(xlsx.statusCode).toBe(200);
    expect((await s.call('rep01', 'GET', '/api/expense-claims/export?month=2026-03')).statusCode).toBe(403);
  });

  it('EXP-3: every line needs its receipt; a receipt must be an image or a PDF; a rejected line leaves the total', async () => {
    const claim = await s.ok<TClaim>('rep02', 'POST', '/api/expense-claims', {
      lines: [
        {
          spentOn: '2026-02-21',
          category: 'lodging',
          amountFen: '30000',
          invoiceNo: 'LOD-1',
          merchant: '如家酒店',
        },
        { spentOn: '2026-02-21', category: 'meals', amountFen: '5000', invoiceNo: 'LOD-2', merchant: '面馆' },
      ],
    });
    const none = await submit('rep02', claim.id);
    expect(none.json().error.code).toBe('EXPENSE_RECEIPT_MISSING');
    const text = await upload('rep02', claim.id, claim.lines[0]!.id, Buffer.from('not a receipt'));
    expect(text.statusCode).toBe(400);
    expect(text.json().error.fields.file).toBeDefined();
    expect((await upload('rep01', claim.id, claim.lines[0]!.id, png('x'))).statusCode).toBe(404);
    await upload('rep02', claim.id, claim.lines[0]!.id, Buffer.from('%PDF-1.4 receipt LOD-1'));
    await upload('rep02', claim.id, claim.lines[1]!.id, png('LOD-2'));
    await s.ok('rep02', 'POST', `/api/expense-claims/${claim.id}/submit`);
    const lineRejected = await s.ok<TClaim>(
      'sup_east1',
      'POST',
      `/api/expense-claims/${claim.id}/lines/${claim.lines[1]!.id}/reject`,
      {
        reason: '餐费已包含在住宿中',
      },
    );
    expect(lineRejected.totalFen).toBe('30000');
    expect(lineRejected.lines[1]!.rejectedReason).toBe('餐费已包含在住宿中');
    const last = await s.call(
      'sup_east1',
      'POST',
      `/api/expense-claims/${claim.id}/lines/${claim.lines[0]!.id}/reject`,
      {
        reason: '不合规',
      },
    );
    expect(last.json().error.code).toBe('EXPENSE_LAST_LINE');
  });
});

describe('EXP-3: duplicates across all claims', () => {
  it('EXP-3: the same invoice number in two claims is flagged on the second', async () => {
    const first = await filed('rep01', [{ invoiceNo: 'FP-20260220-001', amountFen: '8800' }]);
    expect(first.lines[0]!.flags).toEqual([]);
    const second = await filed('rep02', [{ invoiceNo: 'fp-20260220-001', amountFen: '9900' }]);
    expect(second.flagged).toBe(true);
    expect(second.lines[0]!.flags).toEqual([
      { kind: 'sameInvoice', lineId: first.lines[0]!.id, claimId: first.id, claimNumber: first.number },
    ]);
  });

  it('EXP-3: the same receipt file in two claims is flagged on the second', async () => {
    const photo = png('the same photo');
    const first = await filed('rep01', [{}], [photo]);
    expect(first.lines[0]!.flags).toEqual([]);
    const second = await filed('rep03', [{}], [photo]);
    expect(second.lines[0]!.flags.map((f) => [f.kind, f.claimNumber])).toEqual([
      ['sameReceipt', first.number],
    ]);
    // The same amount, date and merchant (no invoice) is flagged too.
    const a = await filed('rep01', [
      { invoiceNo: null, amountFen: '4321', spentOn: '2026-02-11', merchant: '滴滴出行' },
    ]);
    const b = await filed('rep03', [
      { invoiceNo: null, amountFen: '4321', spentOn: '2026-02-11', merchant: '滴滴出行 ' },
    ]);
    expect(b.lines[0]!.flags.map((f) => [f.kind, f.claimNumber])).toEqual([
      ['sameAmountDateMerchant', a.number],
    ]);
  });

  it('EXP-3: a flagged line cannot pass review without a reason', async () => {
    await filed('rep01', [{ invoiceNo: 'FP-DUP-9' }]);
    const dup = await filed('rep02', [{ invoiceNo: 'FP-DUP-9' }]);
    const without = await s.call('sup_east1', 'POST', `/api/expense-claims/${dup.id}/review/approve`, {});
    expect(without.statusCode).toBe(400);
    expect(without.json().error.fields.flagReason).toBeDefined();
    // Nor through the approval engine's own route: finance's approval checks again.
    const passed = await s.ok<TClaim>('sup_east1', 'POST', `/api/expense-claims/${dup.id}/review/approve`, {
      flagReason: '同一张发票分两次报销的两部分，已核对原件',
    });
    expect(passed.stage).toBe('finance');
    expect(passed.lines[0]!.flagReason).toBe('同一张发票分两次报销的两部分，已核对原件');
  });
});

describe('EXP-2/EXP-3: pre-approval', () => {
  it('EXP-3: a gift claim without pre-approval is refused (default policy)', async () => {
    const claim = await draft('rep01', [{ category: 'gift', amountFen: '30000' }]);
    const refused = await submit('rep01', claim.id);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('EXPENSE_NO_PRE_APPROVAL');
    expect((await s.ok<TClaim>('rep01', 'GET', `/api/expense-claims/${claim.id}`)).status).toBe('draft');
    // With an approved gift pre-approval it goes through, unflagged.
    const pre = await approvedPreApproval('gift', '30000');
    const ok = await filed('rep01', [{ category: 'gift', amountFen: '30000', preApprovalId: pre }]);
    expect(ok.lines[0]!.flags).toEqual([]);
  });

  it('EXP-3: with the policy on "flag", a gift claim without pre-approval is flagged for the reviewer', async () => {
    await setPolicyValue(t, 'expenses.unapprovedGiftRule', 'flag');
    try {
      const claim = await filed('rep01', [{ category: 'entertainment', amountFen: '45000' }]);
      expect(claim.lines[0]!.flags).toEqual([
        { kind: 'noPreApproval', lineId: null, claimId: null, claimNumber: null },
      ]);
    } finally {
      await setPolicyValue(t, 'expenses.unapprovedGiftRule', 'refuse');
    }
  });

  it('EXP-3: over the pre-approved amount by more than the margin needs the next approver', async () => {
    const pre = await approvedPreApproval('entertainment', '100000');
    // 105% of the pre-approved amount: within the 10% margin.
    const within = await filed('rep01', [
      { category: 'entertainment', amountFen: '105000', preApprovalId: pre },
    ]);
    expect(within.overPreApproved).toBe(false);
    expect(await approvers(within.id)).toEqual(['sup_east1', 'finance']);
    const other = await approvedPreApproval('entertainment', '100000');
    const over = await filed('rep01', [
      { category: 'entertainment', amountFen: '111000', preApprovalId: other },
    ]);
    expect(over.overPreApproved).toBe(true);
    expect(await approvers(over.id)).toEqual(['sup_east1', 'manager_east', 'finance']);
  });

  it('EXP-2: a pre-approval above the policy amount goes on to the sales manager', async () => {
    const big = await s.ok('rep01', 'POST', '/api/expense-pre-approvals', {
      kind: 'travel',
      estimatedFen: '350000',
      purpose: '赴苏州拜访三家重点客户',
    });
    const h = await s.ok(
      'rep01',
      'GET',
      `/api/approvals/history?docType=expense_pre_approval&docId=${big.id}`,
    );
    expect(h.rounds[0].steps.map((x: { approver: { username: string } }) => x.approver.username)).toEqual([
      'sup_east1',
      'manager_east',
    ]);
    expect(await todoOf('sup_east1', 'approvals.waiting')).toContain(big.number);
  });
});

describe('EXP-1: expense ratio', () => {
  it('EXP-1: a seeded month’s expense ratio per rep equals a hand-computed table', async () => {
    await setPolicyValue(t, 'plan.salesBasis', 'signed');
    const db = t.database.db;
    // Sales of 2025-11 (signed contracts): rep01 200,000.00; rep02 150,000.00; rep03 none.
    const customerOf = async (u: string) =>
      (
        await s.ok(u, 'POST', '/api/customers', {
          name: `费用率测试客户${u}有限公司`,
          level: 'B',
          contact: { name: '王经理', title: '采购经理', phones: [`1390000${u.slice(-2)}00`] },
        })
      ).customer.id as string;
    await signedContractFixture(t.database, t.clock, {
      ownerUsername: 'rep01',
      customerId: await customerOf('rep01'),
      amountFen: 20_000_000n,
      signedOn: '2025-11-10',
    });
    await signedContractFixture(t.database, t.clock, {
      ownerUsername: 'rep02',
      customerId: await customerOf('rep02'),
      amountFen: 15_000_000n,
      signedOn: '2025-11-18',
    });
    const unit = async (u: string) =>
      (await db.select({ unitId: users.unitId }).from(users).where(eq(users.id, id[u]!)))[0]!.unitId;
    const seed = async (
      u: string,
      status: 'approved' | 'paid' | 'submitted',
      lines: [string, bigint, boolean?][],
    ) => {
      n += 1;
      const [c] = await db
        .insert(expenseClaims)
        .values({ number: `BX-SEED-${n}`, userId: id[u]!, unitId: await unit(u), status, totalFen: 0n })
        .returning();
      await db.insert(expenseClaimLines).values(
        lines.map(([spentOn, amountFen, rejected], i) => ({
          claimId: c!.id,
          seq: i + 1,
          spentOn,
          category: 'meals' as const,
          amountFen,
          merchant: `种子商户${n}-${i}`,
          rejectedAt: rejected ? t.clock.now() : null,
          rejectedReason: rejected ? '不合规' : null,
        })),
      );
    };
    // rep01: 10,000.00 approved + 2,345.00 paid; a rejected line, a claim still in approval and a
    // line of October do not count.
    await seed('rep01', 'approved', [
      ['2025-11-03', 1_000_000n],
      ['2025-11-04', 50_000n, true],
    ]);
    await seed('rep01', 'paid', [
      ['2025-11-30', 234_500n],
      ['2025-10-31', 77_700n],
    ]);
    await seed('rep01', 'submitted', [['2025-11-15', 90_000n]]);
    // rep02: 3,000.00; rep03: 800.00 without any sales.
    await seed('rep02', 'paid', [['2025-11-01', 300_000n]]);
    await seed('rep03', 'approved', [['2025-11-20', 80_000n]]);

    const got = await s.ok('sup_east1', 'GET', '/api/expense-ratios?period=2025-11&level=people');
    const table = Object.fromEntries(
      got.items
        .filter((r: { subject: { id: string } }) => [id.rep01, id.rep02, id.rep03].includes(r.subject.id))
        .map(
          (r: {
            subject: { id: string };
            expenseFen: string;
            salesFen: string;
            ratioPct: number | null;
            over: boolean;
          }) => [
            Object.keys(id).find((k) => id[k] === r.subject.id),
            [r.expenseFen, r.salesFen, r.ratioPct, r.over],
          ],
        ),
    );
    expect(table).toEqual({
      rep01: ['1234500', '20000000', 6.17, true], // 12,345 ÷ 200,000 = 6.1725% > 5%
      rep02: ['300000', '15000000', 2, false], // 3,000 ÷ 150,000 = 2%
      rep03: ['80000', '0', null, true], // expense without sales
    });
    // The same figures in the indicators read model (PLAN-5), which screens and exports share.
    const indicators = await s.ok('sup_east1', 'GET', '/api/indicators?period=2025-11&level=people');
    const expenseOf = (u: string) =>
      indicators.items.find((i: { subject: { id: string } }) => i.subject.id === id[u])?.expense;
    expect(expenseOf('rep01')).toEqual({ expenseFen: '1234500', ratioPct: 6.17, provided: true });
    expect(expenseOf('rep02')).toEqual({ expenseFen: '300000', ratioPct: 2, provided: true });
    expect(expenseOf('rep03')).toEqual({ expenseFen: '80000', ratioPct: null, provided: true });
    // A rep sees only their own.
    const mine = await s.ok('rep02', 'GET', '/api/expense-ratios?period=2025-11&level=people');
    expect(mine.items.map((r: { subject: { id: string } }) => r.subject.id)).toEqual([id.rep02]);

    // Above the ceiling: the person and their superior are told, once per period.
    const ctx: Ctx = {
      db,
      clock: t.clock,
      actor: null,
      requestId: 't',
      ip: null,
      userAgent: null,
      lang: 'zh-CN',
    };
    await tellRatiosOver(ctx, '2025-11');
    await tellRatiosOver(ctx, '2025-11');
    const told = await db
      .select({ userId: notifications.userId, subjectId: notifications.subjectId })
      .from(notifications)
      .where(
        and(
          eq(notifications.event, 'expense.ratioOver'),
          inArray(notifications.userId, [id.rep01!, id.rep02!, id.sup_east1!]),
        ),
      );
    expect(
      told
        .filter((x) => x.subjectId === `${id.rep01}:2025-11`)
        .map((x) => x.userId)
        .sort(),
    ).toEqual([id.rep01!, id.sup_east1!].sort());
    expect(told.some((x) => x.userId === id.rep02)).toBe(false);
  });
});
