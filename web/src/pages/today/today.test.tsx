import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TTodo, TTodoRow } from '../../api/types';
import { renderWithProviders } from '../../test/render';
import { dueToday } from './due-today';
import { bilingual, longDate, partOfDay } from './greeting';
import { TodayPage } from './TodayPage';

const row = (id: string, dueAt: string | null, overdue = false): TTodoRow => ({
  source: 'x',
  id,
  title: { 'zh-CN': `事项 ${id}`, en: `Item ${id}` },
  subject: null,
  amountFen: null,
  dueAt,
  overdue,
  link: `/x/${id}`,
  detail: null,
  action: null,
});
const section = (key: string, items: TTodoRow[]) => ({
  key,
  label: { 'zh-CN': key, en: key },
  total: items.length,
  items,
});

/** 2026-03-10 in Beijing ends at 2026-03-10T16:00:00Z. */
const END = '2026-03-10T15:59:59.999Z';

describe('今日: what is due today (ORG-4)', () => {
  it('keeps the late rows and those due by the end of the company’s day, late first, then by time', () => {
    const todo: TTodo = {
      sections: [
        section('a', [row('tomorrow', '2026-03-10T16:30:00Z'), row('tonight', '2026-03-10T14:00:00Z')]),
        section('b', [row('late', '2026-03-08T02:00:00Z', true), row('no-date', null)]),
      ],
    };
    expect(dueToday(todo, END, new Set()).map((r) => r.id)).toEqual(['late', 'tonight']);
  });

  it('CUS-8: a follow-up step already listed above is not listed twice', () => {
    const todo: TTodo = {
      sections: [
        section('deadlines.dueItems', [
          row('step-1', '2026-03-10T03:00:00Z'),
          row('other', '2026-03-10T04:00:00Z'),
        ]),
      ],
    };
    expect(dueToday(todo, END, new Set(['step-1'])).map((r) => r.id)).toEqual(['other']);
  });

  it('greets by the company’s hour and names the day in the UI’s language', () => {
    expect([8, 12, 15, 20].map(partOfDay)).toEqual(['morning', 'noon', 'afternoon', 'evening']);
    const at = new Date('2026-03-10T15:30:00Z'); // 23:30 in Beijing, still the 10th
    expect(longDate(at, 'Asia/Shanghai', 'zh-CN')).toBe('2026年3月10日星期二');
    expect(longDate(at, 'Asia/Shanghai', 'en')).toBe('Tuesday, March 10, 2026');
    expect(bilingual('华宇 · 下一步：送样 / 华宇 · Next step: 送样', 'en')).toBe('华宇 · Next step: 送样');
  });
});

const me = {
  user: { id: 'u1', username: 'rep01', displayName: '赵磊', locale: 'zh-CN' },
  unit: { id: 'n1', name: '华东一组' },
  roles: [],
  permissions: { 'customer:read': 'own', 'payment:create': 'own', 'visit:write': 'own' },
  timeZone: 'Asia/Shanghai',
};

function stubApi(steps: unknown[], todo: TTodo) {
  const fetch = vi.fn(async (url: string) => {
    if (url === '/api/me') return Response.json(me);
    if (url.startsWith('/api/deadlines/mine'))
      return Response.json({ items: steps, total: steps.length, totalCapped: false, page: 1, pageSize: 50 });
    if (url.startsWith('/api/todo?')) return Response.json(todo);
    return new Response('{}', { status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

beforeEach(() => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('今日', { timeout: 20_000 }, () => {
  it('CUS-8/ORG-4: lists my follow-up steps due today (asked of the server for today) and the late 待办', async () => {
    const fetch = stubApi(
      [
        {
          id: 'd1',
          kind: 'followup',
          title: '上海浦东新材料 · 下一步：回访样品 / 上海浦东新材料 · Next step: 回访样品',
          subjectType: 'follow_up',
          subjectId: 'f1',
          dueAt: '2020-01-01T02:00:00Z',
          isOverdue: true,
          link: '/customers/c1',
        },
      ],
      {
        sections: [
          section('deadlines.dueItems', [
            row('f1', '2020-01-01T02:00:00Z', true),
            row('r1', '2020-01-01T01:00:00Z', true),
          ]),
        ],
      },
    );
    renderWithProviders(<TodayPage />);
    const steps = await screen.findByTestId('today-follow-up');
    expect(steps.textContent).toContain('上海浦东新材料 · 下一步：回访样品');
    expect(steps.textContent).toContain('已逾期');
    expect(steps.closest('a')?.getAttribute('href')).toBe('/customers/c1');
    const asked = fetch.mock.calls.map(([u]) => u).find((u) => u.startsWith('/api/deadlines/mine'));
    expect(asked).toContain('kind=followup');
    expect(asked).toContain('dueBy=today');
    // The step is not repeated among the to-dos; the other late row is there.
    const rows = await within(screen.getByTestId('today-todo')).findAllByTestId('today-todo-row');
    expect(rows.map((r) => r.textContent)).toEqual([expect.stringContaining('事项 r1')]);
    // The quick actions this rep may use.
    expect(screen.getByTestId('today-actions').textContent).toBe('新建跟进记录回款新建拜访');
  });

  it('says so when nothing is due', async () => {
    stubApi([], { sections: [] });
    renderWithProviders(<TodayPage />);
    expect(await screen.findByText('今天没有到期的跟进计划')).toBeTruthy();
    expect(await screen.findByText('今天没有到期或逾期的待办')).toBeTruthy();
  });
});
