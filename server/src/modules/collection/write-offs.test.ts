import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import { approvalRequests, approvalSteps } from '../../platform/approvals/tables.js';
import { users } from '../../platform/org/tables.js';
import type { TReceivable, TWriteOff } from './schemas.js';
import { signedFor } from './test-kit.js';

let t: TestApp;
const cookies: Record<string, string> = {};
const as = async (user: string) => {
  const key = `${user}@${t.clock.now().toISOString()}`;
  cookies[key] ??= await t.login(user);
  return cookies[key]!;
};
const call = async (user: string, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) =>
  t.request(method, url, { cookie: await as(user), ...(body !== undefined ? { body } : {}) });

beforeAll(async () => {
  t = await createTestApp();
});

async function pendingStepOf(writeOffId: string) {
  const [row] = await t.database.db
    .select({ requestId: approvalRequests.id, approver: users.username })
    .from(approvalRequests)
    .innerJoin(approvalSteps, eq(approvalSteps.requestId, approvalRequests.id))
    .innerJoin(users, eq(users.id, approvalSteps.approverId))
    .where(
      and(
        eq(approvalRequests.docType, 'write_off'),
        eq(approvalRequests.docId, writeOffId),
        eq(approvalSteps.status, 'pending'),
      ),
    );
  return row;
}

describe('AR-8 legal status and bad-debt write-offs', () => {
  it('AR-8: a write-off goes up the chain (nearest sales manager, else the next above), then the GM; approved, the written-off debt leaves the receivable', async () => {
    t.clock.set(new Date('2026-01-05T01:00:00Z'));
    const { contract } = await signedFor(t, 'rep01', 300_000n, '2026-01-05');
    t.clock.set(new Date('2026-06-01T01:00:00Z'));

    const tooMuch = await call('manager_east', 'POST', '/api/write-offs', {
      contractId: contract.id,
      amountFen: '300001',
      reason: '客户破产',
    });
    expect(tooMuch.statusCode).toBe(422);
    expect(tooMuch.json().error.code).toBe('WRITE_OFF_EXCEEDS');
    expect(tooMuch.json().error.fields.amountFen).toBeTruthy();

    const created = await call('manager_east', 'POST', '/api/write-offs', {
      contractId: contract.id,
      amountFen: '100000',
      reason: '客户破产清算，部分无法收回',
    });
    expect(created.statusCode, created.body).toBe(200);
    const wo = created.json() as TWriteOff;
    expect(wo).toMatchObject({ status: 'draft', amountFen: '100000', owner: { username: 'rep01' } });

    const submitted = await call('manager_east', 'POST', `/api/write-offs/${wo.id}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().status).toBe('reviewing');
    // The manager submitted, so nobody up the chain holds sales_manager: it escalates, then the GM.
    let step = await pendingStepOf(wo.id);
    expect(step?.approver).toBe('rm_east');
    let ok = await call('rm_east', 'POST', `/api/approvals/${step!.requestId}/approve`, { comment: '同意' });
    expect(ok.statusCode, ok.body).toBe(200);
    step = await pendingStepOf(wo.id);
    expect(step?.approver).toBe('gm');

    // Still reviewing: the receivable is whole.
    const before = (await call('rep01', 'GET', `/api/receivables?contractId=${contract.id}`)).json() as {
      items: TReceivable[];
    };
    expect(before.items[0]!.openFen).toBe('300000');

    ok = await call('gm', 'POST', `/api/approvals/${step!.requestId}/approve`, { comment: '同意核销' });
    expect(ok.statusCode, ok.body).toBe(200);
    const after = (await call('rep01', 'GET', `/api/receivables?contractId=${contract.id}`)).json() as {
      items: TReceivable[];
    };
    // Written off is not collected: the open amount falls, the collected stays 0.
    expect(after.items[0]).toMatchObject({ openFen: '200000', collectedFen: '0' });
    const list = (await call('rep01', 'GET', `/api/write-offs?contractId=${contract.id}`)).json() as {
      items: TWriteOff[];
    };
    expect(list.items.map((w) => w.status)).toEqual(['approved']);

    // The rest can be written off too; then nothing is left and a further one is refused.
    const rest = await call('finance', 'POST', '/api/write-offs', {
      contractId: contract.id,
      amountFen: '200001',
      reason: '余额',
    });
    expect(rest.statusCode).toBe(422);
  });

  it("AR-8: reps cannot request write-offs; finance's request goes to the GM, who may reject it", async () => {
    t.clock.set(new Date('2026-01-05T01:00:00Z'));
    const { contract } = await signedFor(t, 'rep02', 50_000n, '2026-01-05');
    // Reps do not hold writeoff:request in the presets.
    const byRep = await call('rep02', 'POST', '/api/write-offs', {
      contractId: contract.id,
      amountFen: '50000',
      reason: '无法联系',
    });
    expect(byRep.statusCode).toBe(403);
    const byFinance = await call('finance', 'POST', '/api/write-offs', {
      contractId: contract.id,
      amountFen: '50000',
      reason: '无法联系',
    });
    expect(byFinance.statusCode, byFinance.body).toBe(200);
    await call('finance', 'POST', `/api/write-offs/${byFinance.json().id}/submit`);
    // Finance reports to the GM: the manager step escalates to the GM, merged with the GM step.
    expect((await pendingStepOf(byFinance.json().id))?.approver).toBe('gm');
    const rejected = await call(
      'gm',
      'POST',
      `/api/approvals/${(await pendingStepOf(byFinance.json().id))!.requestId}/reject`,
      {
        comment: '继续催收',
      },
    );
    expect(rejected.statusCode, rejected.body).toBe(200);
    const list = (await call('finance', 'GET', `/api/write-offs?contractId=${contract.id}`)).json() as {
      items: TWriteOff[];
    };
    expect(list.items[0]!.status).toBe('rejected');
  });

  it('AR-8: finance sets the legal status with a note — audited and on the customer timeline; a rep may not', async () => {
    const { contract } = await signedFor(t, 'rep03', 10_000n, '2026-01-05');
    const res = await call('finance', 'PUT', `/api/contracts/${contract.id}/legal-status`, {
      status: 'legal_action',
      note: '已向法院起诉',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().legalStatus).toBe('legal_action');
    const rows = await queryRows<{ kind: string }>(
      t.database.db,
      sql`select kind from timeline_events where subject_id = ${contract.customerId} and kind = 'contract.legalStatus'`,
    );
    expect(rows).toHaveLength(1);
    const [audited] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where entity_id = ${contract.id} and action = 'legal.set'`,
    );
    expect(Number(audited!.n)).toBe(1);
    const list = (await call('finance', 'GET', `/api/receivables?contractId=${contract.id}`)).json() as {
      items: TReceivable[];
    };
    expect(list.items[0]!.contract.legalStatus).toBe('legal_action');
    expect(
      (
        await call('rep03', 'PUT', `/api/contracts/${contract.id}/legal-status`, {
          status: 'none',
          note: 'x',
        })
      ).statusCode,
    ).toBe(403);
  });
});
