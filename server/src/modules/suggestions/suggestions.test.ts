import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../../../test/sessions.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { inTx } from '../../platform/context.js';
import { emit } from '../../platform/events/domain-events.js';
import { balanceOf } from '../../platform/ledger/ledger.js';
import { notifications } from '../../platform/notifications/tables.js';
import { POINTS_ACCOUNT } from '../points/index.js';
import { suggestionAdopted } from './events.js';
import type { TSuggestion } from './schemas.js';

let t: TestApp;
let s: ReturnType<typeof sessions>;
const id: Record<string, string> = {};
const balance = (userId: string) => balanceOf(t.database.db, POINTS_ACCOUNT, userId, { asOf: t.clock.now() });

beforeAll(async () => {
  t = await createTestApp();
  s = sessions(t);
  for (const u of ['rep01', 'rep02', 'manager_east']) id[u] = await t.userId(u);
});

const submit = (user: string, title: string) =>
  s.ok<TSuggestion>(user, 'POST', '/api/suggestions', {
    title,
    content: '报价审批可以按金额分级，小额报价由主管直接审批，缩短客户等待时间。',
    category: 'process',
  });

describe('OPS-9: the suggestion box', () => {
  it('OPS-9/INC-4: a suggestion is numbered, reaches the nearest sales manager’s 待办, and adopting it awards the policy’s points to its maker once; a second adopt is refused', async () => {
    const before = await balance(id.rep01!);
    const made = await submit('rep01', '报价审批分级');
    expect(made.number).toMatch(/^JY-2026-\d{4}$/);
    expect(made.status).toBe('pending');

    const review = await s.ok('manager_east', 'GET', '/api/suggestions?view=review');
    expect(review.items.map((r: { id: string }) => r.id)).toContain(made.id);
    const todo = await s.ok('manager_east', 'GET', '/api/todo');
    const waiting = todo.sections.find((x: { key: string }) => x.key === 'approvals.waiting');
    expect(JSON.stringify(waiting)).toContain(made.number);
    // The maker's supervisor is not the reviewer the policy names.
    const notTheirs = await s.call('sup_east1', 'POST', `/api/suggestions/${made.id}/adopt`, {});
    expect(notTheirs.json().error.code).toBe('APPROVAL_NOT_CURRENT_APPROVER');

    const adopted = await s.ok<TSuggestion>('manager_east', 'POST', `/api/suggestions/${made.id}/adopt`, {
      note: '下月起试行',
    });
    expect(adopted.status).toBe('adopted');
    expect(adopted.decidedBy?.username).toBe('manager_east');
    expect(adopted.points).toBe('30');
    expect(await balance(id.rep01!)).toBe(before + 30n);

    const again = await s.call('manager_east', 'POST', `/api/suggestions/${made.id}/adopt`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('SUGGESTION_DECIDED');
    // The event twice awards once.
    const ctx = {
      db: t.database.db,
      clock: t.clock,
      actor: null,
      requestId: 't',
      ip: null,
      userAgent: null,
      lang: 'zh-CN' as const,
    };
    await inTx(ctx, (tx) =>
      emit(tx, ctx, suggestionAdopted, {
        suggestionId: made.id,
        title: made.title,
        userId: id.rep01!,
        adoptedBy: id.manager_east!,
      }),
    );
    expect(await balance(id.rep01!)).toBe(before + 30n);
    const told = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, id.rep01!), eq(notifications.subjectId, made.id)));
    expect(told.length).toBeGreaterThan(0);
  });

  it('OPS-9/INC-4: declining needs a reason, tells the maker the reason and awards no points', async () => {
    const before = await balance(id.rep01!);
    const made = await submit('rep01', '展会资料统一印制');
    const noReason = await s.call('manager_east', 'POST', `/api/suggestions/${made.id}/decline`, {
      reason: ' ',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields.reason).toBeDefined();
    const declined = await s.ok<TSuggestion>('manager_east', 'POST', `/api/suggestions/${made.id}/decline`, {
      reason: '已有统一采购流程',
    });
    expect(declined.status).toBe('declined');
    expect(declined.decisionNote).toBe('已有统一采购流程');
    expect(declined.points).toBeNull();
    expect(await balance(id.rep01!)).toBe(before);
    expect((await s.call('manager_east', 'POST', `/api/suggestions/${made.id}/adopt`, {})).statusCode).toBe(
      409,
    );
    const told = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, id.rep01!), eq(notifications.subjectId, made.id)));
    expect(JSON.stringify(told)).toContain('已有统一采购流程');
  });

  it('OPS-9/ORG-5: mine lists my own; another rep’s suggestion answers 404; the manager exports the unit’s', async () => {
    const made = await submit('rep02', '客户回访模板');
    const mine = await s.ok('rep01', 'GET', '/api/suggestions?view=mine&pageSize=50');
    expect(mine.items.every((r: { user: { username: string } }) => r.user.username === 'rep01')).toBe(true);
    expect((await s.call('rep01', 'GET', `/api/suggestions/${made.id}`)).statusCode).toBe(404);
    const all = await s.ok('rep01', 'GET', '/api/suggestions?view=all&q=回访');
    expect(all.total).toBe(0);
    const managerAll = await s.ok('manager_east', 'GET', '/api/suggestions?view=all&q=回访');
    expect(managerAll.total).toBe(1);
    const xlsx = await s.call('manager_east', 'GET', '/api/suggestions/export?status=pending');
    expect(xlsx.statusCode).toBe(200);
    expect((await s.call('rep01', 'GET', '/api/suggestions/export')).statusCode).toBe(403);
  });
});
