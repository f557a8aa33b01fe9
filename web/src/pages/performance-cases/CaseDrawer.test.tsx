import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { CaseDrawer } from './CaseDrawer';
import type { TCase } from './hooks';

afterEach(() => vi.unstubAllGlobals());

const rep = { id: '00000000-0000-4000-8000-000000000001', username: 'rep01', displayName: '赵磊' };
const sup = { id: '00000000-0000-4000-8000-000000000002', username: 'sup_east1', displayName: '马超' };

const base: TCase = {
  id: '00000000-0000-4000-8000-0000000000aa',
  person: rep,
  unit: { id: '00000000-0000-4000-8000-000000000003', name: '华东一组' },
  superior: sup,
  month: '2026-03',
  level: 'review',
  status: 'outcome',
  consecutiveMonths: 2,
  previousCaseId: null,
  snapshot: {
    salesMetric: 'collected_amount',
    belowPct: 100,
    escalateMonths: 2,
    months: [
      { period: '2026-02', target: '10000000', actual: '8000000', completionPct: 80 },
      { period: '2026-03', target: '10000000', actual: '2000000', completionPct: 20 },
    ],
  },
  interview: { heldOn: '2026-04-02', notes: '重点客户付款推迟', by: sup, at: '2026-04-02T02:00:00.000Z' },
  actions: [
    {
      id: '00000000-0000-4000-8000-0000000000b1',
      seq: 1,
      action: '每周拜访三家重点客户',
      owner: rep,
      startOn: '2026-04-03',
      dueOn: '2026-04-30',
    },
  ],
  planAgreedAt: '2026-04-02T03:00:00.000Z',
  decision: null,
  outcome: null,
  coaching: [],
  history: [{ action: 'perfCase.open', at: '2026-04-01T00:00:00.000Z', actor: null }],
  createdAt: '2026-04-01T00:00:00.000Z',
  decisionStatus: null,
  interviewDueAt: '2026-04-09T15:59:59.999Z',
  can: { interview: false, plan: false, decide: false, outcome: false },
};

function stubServer(c: TCase) {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    if (url === `/api/performance-cases/${c.id}` && (init?.method ?? 'GET') === 'GET')
      return Response.json(c);
    if (url === `/api/performance-cases/${c.id}/interview` && init?.method === 'POST')
      return Response.json({ ...c, status: 'plan' });
    return new Response('{}', { status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  // jsdom has no ResizeObserver; the tables and text areas measure with it.
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  return fetch;
}

describe('CaseDrawer (绩效面谈, INC-8)', { timeout: 40_000 }, () => {
  it('the person reads their case: the months below target, the steps, the notes and the plan in words, and no forms', async () => {
    stubServer(base);
    renderWithProviders(<CaseDrawer id={base.id} onClose={() => {}} />);
    expect(await screen.findByText('赵磊 · 2026-03 绩效面谈')).toBeTruthy();
    expect(screen.getByText('¥20,000.00')).toBeTruthy();
    expect(screen.getByText('20.0%')).toBeTruthy();
    expect(screen.getByText('绩效考核')).toBeTruthy();
    expect(screen.getByText('待记录结果')).toBeTruthy();
    expect(screen.getByText('重点客户付款推迟')).toBeTruthy();
    expect(screen.getByText('每周拜访三家重点客户')).toBeTruthy();
    expect(screen.getByText('开立绩效面谈')).toBeTruthy();
    expect(screen.queryByText('perfCase.open')).toBeNull();
    for (const form of ['interview-form', 'plan-form', 'decision-form', 'outcome-form'])
      expect(screen.queryByTestId(form)).toBeNull();
  });

  it('the superior records the interview from the drawer', async () => {
    const open: TCase = { ...base, status: 'interview', interview: null, actions: [], planAgreedAt: null };
    const fetch = stubServer({ ...open, can: { ...open.can, interview: true } });
    renderWithProviders(<CaseDrawer id={base.id} onClose={() => {}} />);
    const notes = await screen.findByTestId('interview-notes');
    fireEvent.change(notes, { target: { value: '约谈：回款推迟的原因与对策' } });
    fireEvent.click(screen.getByTestId('interview-submit'));
    await waitFor(() =>
      expect(
        fetch.mock.calls.some(([u, i]) => String(u).endsWith('/interview') && i?.method === 'POST'),
      ).toBe(true),
    );
    const [, init] = fetch.mock.calls.find(([u]) => String(u).endsWith('/interview'))!;
    expect(JSON.parse(String(init!.body))).toMatchObject({ notes: '约谈：回款推迟的原因与对策' });
  });
});
