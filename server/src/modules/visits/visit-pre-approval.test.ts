import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { visitTestKit } from './visit-test-kit.js';

describe('visit preparation and its pre-approval (VIS-4)', async () => {
  const t = await createTestApp();
  const { call, ok, customerOf, visitFor } = visitTestKit(t);

  it('VIS-4: preparing without expense, gift or entertainment needs no pre-approval; the contact time cannot be in the future', async () => {
    const v = await visitFor('rep01');
    const future = await call('rep01', 'POST', `/api/visits/${v.id}/prepare`, {
      contactName: '王经理',
      contactedAt: '2026-03-03T01:00:00Z',
    });
    expect(future.statusCode).toBe(400);
    expect(Object.keys(future.json().error.fields)).toEqual(['contactedAt']);
    const prepared = await ok('rep01', 'POST', `/api/visits/${v.id}/prepare`, {
      contactName: '王经理',
      contactedAt: '2026-03-01T06:00:00Z',
      itemsToCarry: '样品两件、产品手册',
      expenseFen: '0',
    });
    expect(prepared).toMatchObject({
      status: 'prepared',
      preApproval: 'none',
      preApprovalNeeded: false,
      contactName: '王经理',
      itemsToCarry: '样品两件、产品手册',
    });
    const h = await ok('rep01', 'GET', `/api/approvals/history?docType=visit_pre_approval&docId=${v.id}`);
    expect(h.rounds).toEqual([]);
    // Only the rep prepares their visit.
    const bySup = await call('sup_east1', 'POST', `/api/visits/${v.id}/prepare`, {
      contactName: '王经理',
      contactedAt: '2026-03-01T06:00:00Z',
    });
    expect(bySup.json().error.code).toBe('VISIT_NOT_OWN');
  });

  it('VIS-4: an expense, gift or entertainment goes to the direct superior for pre-approval, shows in their 待办, and the visit keeps the outcome', async () => {
    const customerId = await customerOf('rep01');
    const v = await visitFor('rep01', customerId);
    const asked = await ok('rep01', 'POST', `/api/visits/${v.id}/prepare`, {
      contactName: '王经理',
      contactedAt: '2026-03-01T06:00:00Z',
      expenseFen: '50000',
      giftNote: '茶叶一盒',
      entertainmentNote: '工作午餐',
    });
    expect(asked).toMatchObject({ status: 'prepared', preApproval: 'pending', expenseFen: '50000' });
    expect(asked.actions).toMatchObject({ prepare: false, checkIn: true, cancel: true });
    const h = await ok('rep01', 'GET', `/api/approvals/history?docType=visit_pre_approval&docId=${v.id}`);
    expect(h.rounds[0].steps.map((s: { approver: { username: string } }) => s.approver.username)).toEqual([
      'sup_east1',
    ]);
    // Locked while pending.
    const locked = await call('rep01', 'POST', `/api/visits/${v.id}/prepare`, {
      contactName: '王经理',
      contactedAt: '2026-03-01T06:00:00Z',
    });
    expect(locked.json().error.code).toBe('RECORD_LOCKED_PENDING_APPROVAL');

    const todo = await ok('sup_east1', 'GET', '/api/todo?limit=50');
    const waiting = todo.sections.find((s: { key: string }) => s.key === 'approvals.waiting');
    const row = waiting.items.find((i: { link: string }) => i.link === `/visits/${v.id}`);
    expect(row).toMatchObject({ subject: expect.stringContaining('拜访测试客户'), amountFen: '50000' });
    expect(row.title['zh-CN']).toMatch(/^审批拜访费用与礼品招待预批：/);
    expect(row.detail['zh-CN']).toContain('费用 · 礼品：茶叶一盒 · 招待：工作午餐');

    await ok('sup_east1', 'POST', `/api/approvals/${h.latestRequestId}/approve`, {});
    const approved = await ok('rep01', 'GET', `/api/visits/${v.id}`);
    expect(approved).toMatchObject({ preApproval: 'approved', preApprovalNeeded: true });
    // What was approved stays as approved; the contact may still be updated.
    const more = await call('rep01', 'POST', `/api/visits/${v.id}/prepare`, {
      contactName: '王经理',
      contactedAt: '2026-03-01T06:00:00Z',
      expenseFen: '90000',
      giftNote: '茶叶一盒',
      entertainmentNote: '工作午餐',
    });
    expect(more.statusCode).toBe(409);
    expect(more.json().error.code).toBe('VISIT_PRE_APPROVED_FIXED');
    const again = await ok('rep01', 'POST', `/api/visits/${v.id}/prepare`, {
      contactName: '李主任',
      contactedAt: '2026-03-01T07:00:00Z',
      expenseFen: '50000',
      giftNote: '茶叶一盒',
      entertainmentNote: '工作午餐',
    });
    expect(again).toMatchObject({ contactName: '李主任', preApproval: 'approved' });
  });

  it('VIS-4: a rejected pre-approval stays on the visit; preparing again submits a new round; cancelling withdraws a pending one', async () => {
    const v = await visitFor('rep01');
    const prep = { contactName: '王经理', contactedAt: '2026-03-01T06:00:00Z', giftNote: '月饼' };
    await ok('rep01', 'POST', `/api/visits/${v.id}/prepare`, prep);
    const h = await ok('rep01', 'GET', `/api/approvals/history?docType=visit_pre_approval&docId=${v.id}`);
    await ok('sup_east1', 'POST', `/api/approvals/${h.latestRequestId}/reject`, { comment: '不合规定' });
    expect((await ok('rep01', 'GET', `/api/visits/${v.id}`)).preApproval).toBe('rejected');
    expect((await ok('rep01', 'POST', `/api/visits/${v.id}/prepare`, prep)).preApproval).toBe('pending');
    // The supervisor cannot cancel while it waits for a decision; the rep's cancel withdraws it.
    const bySup = await call('sup_east1', 'POST', `/api/visits/${v.id}/cancel`, { reason: '不去了' });
    expect(bySup.json().error.code).toBe('RECORD_LOCKED_PENDING_APPROVAL');
    const cancelled = await ok('rep01', 'POST', `/api/visits/${v.id}/cancel`, { reason: '客户改期' });
    expect(cancelled).toMatchObject({ status: 'cancelled', preApproval: 'none' });
    const after = await ok('rep01', 'GET', `/api/approvals/history?docType=visit_pre_approval&docId=${v.id}`);
    expect(after.rounds.map((r: { status: string }) => r.status)).toEqual(['withdrawn', 'rejected']);
  });
});
