import { fireEvent, screen } from '@testing-library/react';
import { Route, Routes, useParams } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { StartVisitButton } from './StartVisitButton';
import { TodayVisits } from './TodayVisits';

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

const rep = { id: '00000000-0000-4000-8000-000000000001', username: 'rep01', displayName: '赵磊' };
const me = {
  user: { ...rep, position: '销售代表', email: null, locale: 'zh-CN' },
  unit: { id: '00000000-0000-4000-8000-0000000000aa', name: '华东一组' },
  roles: [],
  permissions: { 'visit:read': 'own', 'visit:write': 'own' },
  superior: null,
  timeZone: 'Asia/Shanghai',
};
const customer = { id: '00000000-0000-4000-8000-0000000000c1', name: '上海嘉定精工机械有限公司' };
const visit = (id: string, status: string, name = customer.name) => ({
  id,
  rep,
  customer: { ...customer, name },
  purpose: 'maintenance',
  status,
  plannedOn: '2026-03-02',
  plannedMinutes: 90,
  planned: false,
  preApproval: 'none',
  checkInAt: null,
  checkOutAt: null,
  minutesSpent: null,
});
const page = (items: unknown[]) => ({
  items,
  total: items.length,
  totalCapped: false,
  page: 1,
  pageSize: 50,
});

function stubApi(today: unknown[], onCreate?: (body: Record<string, unknown>) => unknown) {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    if (url === '/api/me') return Response.json(me);
    if (url === '/api/visits/purposes') return Response.json({ purposes: ['maintenance', 'coverage'] });
    if (url.startsWith('/api/visits?') && (init?.method ?? 'GET') === 'GET')
      return Response.json(page(today));
    if (url === '/api/visits' && init?.method === 'POST' && onCreate)
      return Response.json(onCreate(JSON.parse(String(init.body))));
    return new Response('{}', { status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function VisitOpened() {
  return <div data-testid="opened">{useParams().id}</div>;
}

describe('the phone’s pieces (VIS-4)', { timeout: 20_000 }, () => {
  it('今日拜访 lists my visits planned for today (not the cancelled ones), asking for today on the server’s clock', async () => {
    const fetch = stubApi([
      visit('v1', 'prepared'),
      visit('v2', 'cancelled', '已取消客户'),
      visit('v3', 'planned', '第二家'),
    ]);
    renderWithProviders(<TodayVisits />);
    expect(await screen.findByText(customer.name)).toBeTruthy();
    expect(screen.getByText('第二家')).toBeTruthy();
    expect(screen.queryByText('已取消客户')).toBeNull();
    expect(screen.getAllByTestId('visit-card')).toHaveLength(2);
    expect(screen.getAllByText(/客户维护 · 2026-03-02 · 1.5 小时/, { selector: 'span' })).toHaveLength(2);
    const asked = fetch.mock.calls.map(([url]) => String(url)).find((u) => u.startsWith('/api/visits?'));
    expect(asked).toContain('today=true');
    expect(asked).toContain(`repId=${rep.id}`);
  });

  it('今日拜访 says so when nothing is planned today', async () => {
    stubApi([]);
    renderWithProviders(<TodayVisits />);
    expect(await screen.findByText('今天没有安排拜访')).toBeTruthy();
  });

  it('开始拜访 opens my visit to the customer today when there is one', async () => {
    const create = vi.fn();
    const fetch = stubApi([visit('v-done', 'done'), visit('v-open', 'planned')], create);
    renderWithProviders(
      <Routes>
        <Route path="/" element={<StartVisitButton customerId={customer.id} />} />
        <Route path="/visits/:id" element={<VisitOpened />} />
      </Routes>,
    );
    fireEvent.click(await screen.findByTestId('start-visit'));
    expect((await screen.findByTestId('opened')).textContent).toBe('v-open');
    expect(create).not.toHaveBeenCalled();
    const asked = fetch.mock.calls.map(([url]) => String(url)).find((u) => u.startsWith('/api/visits?'));
    expect(asked).toContain(`customerId=${customer.id}`);
  });

  it('开始拜访 plans an ad hoc visit for today when there is none, and opens it', async () => {
    const create = vi.fn(() => ({ ...visit('v-new', 'planned'), actions: {} }));
    stubApi([visit('v-x', 'cancelled')], create);
    renderWithProviders(
      <Routes>
        <Route path="/" element={<StartVisitButton customerId={customer.id} />} />
        <Route path="/visits/:id" element={<VisitOpened />} />
      </Routes>,
    );
    fireEvent.click(await screen.findByTestId('start-visit'));
    expect((await screen.findByTestId('opened')).textContent).toBe('v-new');
    expect(create).toHaveBeenCalledWith({
      customerId: customer.id,
      purpose: 'maintenance',
      plannedMinutes: 60,
      note: null,
    });
  });
});
