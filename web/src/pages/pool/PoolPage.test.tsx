import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TPoolCustomer, TPoolStatus } from '../../api/types';
import { renderWithProviders } from '../../test/render';
import { PoolPage } from './PoolPage';
import { PoolStatusBanner } from './PoolStatusBanner';

const row = (over: Partial<TPoolCustomer>): TPoolCustomer => ({
  id: '11111111-1111-4111-8111-111111111111',
  name: '北京华宇科技有限公司',
  level: 'A',
  type: 'potential',
  lifecycle: 'customer',
  industry: '制造业',
  unit: { id: '22222222-2222-4222-8222-222222222222', name: '华东一组' },
  previousOwner: null,
  pooledAt: '2026-03-01T01:00:00.000Z',
  claimableFrom: null,
  ...over,
});

const open = row({});
const waiting = row({
  id: '33333333-3333-4333-8333-333333333333',
  name: '上海原负责客户',
  previousOwner: { id: '44444444-4444-4444-8444-444444444444', username: 'rep01', displayName: '赵磊' },
  claimableFrom: '2026-03-31T01:00:00.000Z',
});

function json(body: unknown, status = 200) {
  return Response.json(body, { status });
}

beforeEach(() => {
  // jsdom lacks these; antd's table and tooltips measure with them.
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

describe('PoolPage (公海)', () => {
  it('CUS-8: a name opens a read-only preview before claiming — description, contacts and follow-ups', {
    timeout: 20_000,
  }, async () => {
    const preview = {
      ...open,
      source: 'exhibition',
      address: '北京市海淀区中关村大街 1 号',
      website: null,
      tags: ['重点'],
      remark: null,
      lastFollowUpAt: '2026-02-20T02:00:00.000Z',
      contacts: [{ id: '55555555-5555-4555-8555-555555555555', name: '王经理', title: '采购总监' }],
      followUps: [
        {
          kind: 'visit',
          occurredAt: '2026-02-20T02:00:00.000Z',
          content: '客户明年扩产，有采购意向',
          author: { id: '44444444-4444-4444-8444-444444444444', username: 'rep01', displayName: '赵磊' },
        },
      ],
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        if (url.startsWith('/api/customers/pool/quota'))
          return json({ claimsToday: 0, dailyCap: 5, owned: 1, ownedCap: 300 });
        if (url === `/api/customers/pool/${open.id}`) return json(preview);
        if (url.startsWith('/api/customers/pool'))
          return json({ items: [open], total: 1, page: 1, pageSize: 20 });
        if (url.startsWith('/api/policies')) return json({ items: [] });
        if (url.startsWith('/api/units')) return json({ items: [] });
        return json({}, 404);
      }),
    );
    renderWithProviders(<PoolPage />, { route: '/pool' });
    fireEvent.click(await screen.findByTestId('pool-preview-open'));
    const drawer = await screen.findByTestId('pool-preview');
    await waitFor(() => expect(drawer.textContent).toContain('客户明年扩产，有采购意向'));
    expect(drawer.textContent).toContain('北京市海淀区中关村大街 1 号');
    expect(drawer.textContent).toContain('王经理 · 采购总监');
    expect(drawer.textContent).toContain('展会');
    expect(drawer.textContent).toContain('只读预览');
  });

  it('shows the quota, lists pool customers, blocks a reclaim during the wait and claims the others', async () => {
    let claims = 2;
    const fetch = vi.fn(async (url: string, init?: RequestInit) => {
      if (url.startsWith('/api/customers/pool/quota'))
        return json({ claimsToday: claims, dailyCap: 5, owned: 41, ownedCap: 300 });
      if (url.startsWith('/api/customers/pool'))
        return json({ items: [open, waiting], total: 2, page: 1, pageSize: 20 });
      if (url === `/api/customers/${open.id}/claim` && init?.method === 'POST') {
        claims += 1;
        return json({
          id: open.id,
          name: open.name,
          owner: null,
          unit: open.unit,
          ownedSince: null,
          pooledAt: null,
        });
      }
      if (url.startsWith('/api/policies')) return json({ items: [] });
      if (url.startsWith('/api/units')) return json({ items: [] });
      return json({}, 404);
    });
    vi.stubGlobal('fetch', fetch);
    renderWithProviders(<PoolPage />, { route: '/pool' });
    expect(await screen.findByText('北京华宇科技有限公司')).toBeTruthy();
    expect(await screen.findByText('今日已领取 2/5 · 负责客户 41/300')).toBeTruthy();
    const [claimOpen, claimWaiting] = screen.getAllByTestId('pool-claim') as HTMLButtonElement[];
    expect(claimOpen!.disabled).toBe(false);
    expect(claimWaiting!.disabled).toBe(true);
    fireEvent.click(claimOpen!);
    await waitFor(() =>
      expect(
        fetch.mock.calls.some(([u, i]) => u === `/api/customers/${open.id}/claim` && i?.method === 'POST'),
      ).toBe(true),
    );
    expect(await screen.findByText(/已领取「北京华宇科技有限公司」/)).toBeTruthy();
    expect(await screen.findByText('今日已领取 3/5 · 负责客户 41/300')).toBeTruthy();
  }, 30_000);

  it('every claim button is disabled once the daily cap is reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        if (url.startsWith('/api/customers/pool/quota'))
          return json({ claimsToday: 5, dailyCap: 5, owned: 41, ownedCap: 300 });
        if (url.startsWith('/api/customers/pool'))
          return json({ items: [open], total: 1, page: 1, pageSize: 20 });
        return json({ items: [] });
      }),
    );
    renderWithProviders(<PoolPage />, { route: '/pool' });
    expect(await screen.findByText('北京华宇科技有限公司')).toBeTruthy();
    await waitFor(() => expect((screen.getByTestId('pool-claim') as HTMLButtonElement).disabled).toBe(true));
  }, 30_000);
});

describe('PoolStatusBanner', () => {
  const status = (over: Partial<TPoolStatus>): TPoolStatus => ({
    owned: true,
    owner: { id: '44444444-4444-4444-8444-444444444444', username: 'rep01', displayName: '赵磊' },
    lastActivityAt: '2026-03-01T01:00:00.000Z',
    warnAt: '2026-03-24T01:00:00.000Z',
    returnAt: '2026-03-31T01:00:00.000Z',
    daysLeft: 12,
    poolDays: 30,
    warningDays: 7,
    warning: false,
    pooledAt: null,
    ...over,
  });

  it('says in how many days the customer returns, in the warning colour inside the warning window', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(status({ daysLeft: 5, warning: true }))),
    );
    renderWithProviders(<PoolStatusBanner customerId="c1" />);
    expect(await screen.findByText('5 天后退回公海')).toBeTruthy();
    expect(screen.getByTestId('pool-status').className).toMatch(/warning/);
  });

  it('is informational outside the window', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(status({}))),
    );
    renderWithProviders(<PoolStatusBanner customerId="c1" />);
    expect(await screen.findByText('12 天后退回公海')).toBeTruthy();
    expect(screen.getByTestId('pool-status').className).toMatch(/info/);
  });
});
