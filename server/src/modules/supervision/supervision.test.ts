import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { workCallers } from '../../../test/work-callers.js';
import { dueItems } from '../../platform/deadlines/tables.js';
import { SUMMARY_DUE_KIND } from './due-items.js';

describe('monthly summary (OPS-7)', async () => {
  const t = await createTestApp();
  const db = t.database.db;
  const { call, ok, runJob, runDeadlines, section, notices } = workCallers(t);
  const items = async (u: string) =>
    db
      .select()
      .from(dueItems)
      .where(and(eq(dueItems.kind, SUMMARY_DUE_KIND), eq(dueItems.ownerId, await t.userId(u))));

  it('OPS-7: the monthly summary is due by supervision.summaryDueDay and read by the manager above', async () => {
    t.clock.set(new Date('2026-04-01T00:30:00Z'));
    await runJob('supervision.openSummaryDueItems');
    const [item] = await items('sup_east1');
    expect(item).toMatchObject({ status: 'open', dueAt: new Date('2026-04-03T15:59:59.999Z') });
    expect(item!.rule).toMatchObject({ month: '2026-03', dueOn: '2026-04-03' });
    expect(await items('rep01')).toHaveLength(0); // a rep writes none
    expect((await section('sup_east1', 'supervision.summaryToWrite'))!.items).toHaveLength(1);

    const form = await ok('sup_east1', 'GET', '/api/month-summaries/mine/2026-03');
    expect(form).toMatchObject({ month: '2026-03', dueOn: '2026-04-03', summary: null });
    expect(form.prefill).toContain('赵磊');
    expect((await call('sup_east1', 'GET', '/api/month-summaries/mine/2026-05')).json().error.code).toBe(
      'SUMMARY_MONTH_NOT_OVER',
    );
    const summary = await ok('sup_east1', 'POST', '/api/month-summaries/mine/2026-03/submit', {
      results: form.prefill,
      problems: '新客户开发偏慢',
      nextPlan: '四月每人新增两家客户',
    });
    expect(summary).toMatchObject({ status: 'submitted', actions: { edit: false, markRead: false } });
    expect((await items('sup_east1'))[0]!.status).toBe('closed');
    expect(
      (await call('sup_east1', 'PUT', '/api/month-summaries/mine/2026-03', { results: 'x' })).json().error
        .code,
    ).toBe('SUMMARY_SUBMITTED');

    // The manager above is told and has it to read; another supervisor does not see it.
    expect(await notices('manager_east', 'month_summary.submitted', '马超')).toHaveLength(1);
    const toRead = (await section('manager_east', 'supervision.summariesToRead'))!.items;
    expect(toRead.map((r) => r.id)).toContain(summary.id);
    expect((await call('sup_east2', 'GET', `/api/month-summaries/${summary.id}`)).statusCode).toBe(404);
    expect(
      (await call('sup_east1', 'POST', `/api/month-summaries/${summary.id}/read`)).json().error.code,
    ).toBe('SUMMARY_OWN');
    const list = await ok('manager_east', 'GET', '/api/month-summaries?month=2026-03');
    expect(list.items.map((s: { id: string }) => s.id)).toContain(summary.id);
    const read = await ok('manager_east', 'POST', `/api/month-summaries/${summary.id}/read`);
    expect(read).toMatchObject({ status: 'read', reader: { username: 'manager_east' } });
    expect((await section('manager_east', 'supervision.summariesToRead'))?.items ?? []).toHaveLength(0);

    // sup_east2 writes none: overdue after the due day, and the manager above is told.
    t.clock.set(new Date('2026-04-04T00:30:00Z'));
    await runDeadlines();
    expect(await notices('sup_east2', 'deadline.overdue', '2026-03')).toHaveLength(1);
    expect((await notices('manager_east', 'deadline.overdue', '朱琳')).length).toBeGreaterThan(0);
  });
});
