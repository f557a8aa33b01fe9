import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { OwnershipHistory } from './OwnershipHistory';
import { ReassignButton } from './ReassignButton';
import { ReleaseButton } from './ReleaseButton';

const customerId = '11111111-1111-4111-8111-111111111111';
const rep02 = { id: '55555555-5555-4555-8555-555555555555', username: 'rep02', displayName: '钱芳' };
const me = (permissions: Record<string, string>) => ({
  user: { id: 'u', username: 'sup_east1', displayName: '马超', locale: 'zh-CN' },
  permissions,
});
const owned = {
  owned: true,
  owner: { id: 'o', username: 'rep01', displayName: '赵磊' },
  lastActivityAt: '2026-03-01T01:00:00.000Z',
  warnAt: '2026-03-24T01:00:00.000Z',
  returnAt: '2026-03-31T01:00:00.000Z',
  daysLeft: 12,
  poolDays: 30,
  warningDays: 7,
  warning: false,
  pooledAt: null,
};
const ownership = {
  id: customerId,
  name: '北京华宇科技有限公司',
  owner: null,
  unit: { id: 'u1', name: '华东一组' },
  ownedSince: null,
  pooledAt: '2026-03-02T01:00:00.000Z',
};

function server(routes: Record<string, (init?: RequestInit) => unknown>) {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    const path = url.split('?')[0]!;
    const handler = routes[`${init?.method ?? 'GET'} ${path}`];
    return handler ? Response.json(handler(init)) : Response.json({}, { status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

beforeEach(() => {
  // jsdom lacks it; antd's table and text areas measure with it.
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

describe('ownership actions on the customer page', () => {
  it('ReleaseButton asks for a reason, warns, and returns the customer to the pool', async () => {
    const onDone = vi.fn();
    const fetch = server({
      'GET /api/me': () => me({ 'customer:write': 'own' }),
      [`GET /api/customers/${customerId}/pool-status`]: () => owned,
      [`POST /api/customers/${customerId}/release`]: () => ownership,
    });
    renderWithProviders(<ReleaseButton customerId={customerId} onDone={onDone} />);
    fireEvent.click(await screen.findByTestId('pool-release'));
    expect(await screen.findByText(/客户进入公海，任何销售都可以领取/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '确认退回' }));
    expect(await screen.findByText('必填')).toBeTruthy();
    expect(fetch.mock.calls.some(([, i]) => i?.method === 'POST')).toBe(false);
    fireEvent.change(screen.getByPlaceholderText('例如：客户已无采购需求'), {
      target: { value: '客户已转产' },
    });
    fireEvent.click(screen.getByRole('button', { name: '确认退回' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const post = fetch.mock.calls.find(([, i]) => i?.method === 'POST');
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ reason: '客户已转产' });
  }, 30_000);

  it('ReleaseButton is not shown for a customer in the pool', async () => {
    server({
      'GET /api/me': () => me({ 'customer:write': 'own' }),
      [`GET /api/customers/${customerId}/pool-status`]: () => ({ ...owned, owned: false, owner: null }),
    });
    renderWithProviders(<ReleaseButton customerId={customerId} />);
    await new Promise((r) => setTimeout(r, 200));
    expect(screen.queryByTestId('pool-release')).toBeNull();
  });

  it('ReassignButton needs customer:assign, a new owner and a reason; the server’s cap message lands on the owner field', async () => {
    const onDone = vi.fn();
    const fetch = server({
      'GET /api/me': () => me({ 'customer:assign': 'subordinates' }),
      'GET /api/customers/assignees': () => ({
        items: [{ ...rep02, unit: { id: 'u1', name: '华东一组' }, owned: 300 }],
      }),
      [`POST /api/customers/${customerId}/reassign`]: () => ({ ...ownership, owner: rep02 }),
    });
    // The first POST answers 422 with a field message (the new owner is at the cap), the second succeeds.
    const base = fetch.getMockImplementation()!;
    let posted = 0;
    fetch.mockImplementation(async (url: string, init?: RequestInit) => {
      if (init?.method === 'POST' && posted++ === 0)
        return Response.json(
          {
            error: {
              code: 'CUSTOMER_OWNED_CAP',
              message: '负责的客户数已达上限，不能再增加',
              fields: { ownerId: '负责人已有 300 个客户，达到上限 300 个' },
            },
          },
          { status: 422 },
        );
      return base(url, init);
    });
    renderWithProviders(<ReassignButton customerId={customerId} onDone={onDone} />);
    fireEvent.click(await screen.findByTestId('pool-reassign'));
    const select = await screen.findByRole('combobox');
    fireEvent.mouseDown(select);
    fireEvent.click(await screen.findByText('钱芳（华东一组 · 负责 300 个）'));
    fireEvent.change(screen.getByPlaceholderText('例如：原负责人调岗，客户交接'), {
      target: { value: '调岗交接' },
    });
    fireEvent.click(screen.getByRole('button', { name: '确认分配' }));
    expect(await screen.findByText('负责人已有 300 个客户，达到上限 300 个')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '确认分配' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const body = fetch.mock.calls.filter(([, i]) => i?.method === 'POST').at(-1)?.[1]?.body;
    expect(JSON.parse(String(body))).toEqual({ ownerId: rep02.id, reason: '调岗交接' });
  }, 30_000);

  it('ReassignButton is hidden without customer:assign', async () => {
    server({ 'GET /api/me': () => me({ 'customer:write': 'own' }) });
    renderWithProviders(<ReassignButton customerId={customerId} />);
    await new Promise((r) => setTimeout(r, 200));
    expect(screen.queryByTestId('pool-reassign')).toBeNull();
  });

  it('OwnershipHistory lists the changes with who, why and by whom; the sweep shows as 系统', async () => {
    server({
      [`GET /api/customers/${customerId}/ownership`]: () => ({
        items: [
          {
            id: 'l2',
            change: 'auto_release',
            from: rep02,
            to: null,
            reason: '30 天未跟进 / no follow-up for 30 days',
            at: '2026-04-01T01:00:00.000Z',
            actor: null,
          },
          {
            id: 'l1',
            change: 'reassign',
            from: null,
            to: rep02,
            reason: '新客户分配',
            at: '2026-03-02T01:00:00.000Z',
            actor: { id: 'm', username: 'manager_east', displayName: '徐明' },
          },
        ],
        total: 2,
        page: 1,
        pageSize: 10,
      }),
    });
    renderWithProviders(<OwnershipHistory customerId={customerId} />);
    expect(await screen.findByText('超期自动退回')).toBeTruthy();
    expect(screen.getByText('系统')).toBeTruthy();
    expect(screen.getByText('新客户分配')).toBeTruthy();
    expect(screen.getByText('徐明')).toBeTruthy();
  }, 30_000);
});
