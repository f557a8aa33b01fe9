import { screen, waitFor, within } from '@testing-library/react';
import { Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TMe } from '../api/types';
import { renderWithProviders } from '../test/render';
import { Shell } from './AppLayout';
import { Landing } from './Landing';
import { phoneTabs, tabOfPath, visibleTabs } from './phone-tabs';

/** The browser's window `width` px wide: media queries on min-width / max-width answer for it. */
function windowOf(width: number) {
  vi.stubGlobal('matchMedia', (query: string) => {
    const min = /min-width:\s*(\d+)px/.exec(query);
    const max = /max-width:\s*(\d+)px/.exec(query);
    const matches = (!min || width >= Number(min[1])) && (!max || width <= Number(max[1]));
    return {
      matches,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    } as MediaQueryList;
  });
}

const user = (permissions: Record<string, string>) =>
  ({
    user: { id: 'u1', username: 'rep01', displayName: '赵磊', locale: 'zh-CN', position: '销售代表' },
    unit: { id: 'n1', name: '华东一组' },
    superior: null,
    roles: [],
    permissions,
  }) as unknown as TMe;

/** A rep as the preset grants (ORG-6): their customers, visits, payments. */
const rep = user({
  'customer:read': 'own',
  'visit:read': 'own',
  'visit:write': 'own',
  'payment:create': 'own',
});
/** The receptionist keeps the first-contact register: no customer file, no visits. */
const receptionist = user({ 'inquiry:read': 'all', 'inquiry:create': 'all' });

beforeEach(() => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  signedIn(rep);
});

/** The API as the shell reads it: the user, and the count of their to-dos. */
function signedIn(me: TMe) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      if (url === '/api/me') return Response.json(me);
      if (url === '/api/todo/count')
        return Response.json({ total: 3, unreadNotifications: 1, badge: 4, sections: [] });
      return new Response('{}', { status: 404 });
    }),
  );
}

/** Where `/` (sign-in's landing) leads: 今日 or the home page. */
function landing() {
  return renderWithProviders(
    <Suspense fallback={null}>
      <Routes>
        <Route path="/" element={<Landing />} />
        <Route path="/today" element={<p>今日页</p>} />
      </Routes>
    </Suspense>,
  );
}
afterEach(() => vi.unstubAllGlobals());

describe('the shell on a phone and on a desktop', { timeout: 20_000 }, () => {
  it('below the md breakpoint (390 px) a phone: top bar and labelled bottom tabs, no Sider', async () => {
    windowOf(390);
    renderWithProviders(<Shell me={rep} />, { route: '/customers' });
    const tabs = await screen.findByTestId('phone-tabs');
    expect(screen.queryByTestId('sider')).toBeNull();
    expect(
      within(tabs)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['今日', '客户', '拜访', '待办']);
    expect(within(tabs).getByRole('button').textContent).toBe('更多');
    // The page's tab is lit; the title says where one is.
    expect(screen.getByTestId('phone-tab-customers').getAttribute('aria-current')).toBe('page');
    expect(screen.getByTestId('phone-title').textContent).toBe('客户');
    // 待办 carries the count of my to-dos.
    await waitFor(() => expect(screen.getByTestId('phone-tab-todo').textContent).toContain('3'));
  });

  it('from the md breakpoint (1366 px) the desktop: the Sider with the menu, no tab bar', async () => {
    windowOf(1366);
    renderWithProviders(<Shell me={rep} />, { route: '/customers' });
    expect(await screen.findByTestId('sider')).toBeTruthy();
    expect(screen.getByTestId('nav-menu')).toBeTruthy();
    expect(screen.queryByTestId('phone-tabs')).toBeNull();
  });

  it('ORG-5: the tabs are only what the user may open (the receptionist has no 客户 or 拜访)', async () => {
    windowOf(390);
    renderWithProviders(<Shell me={receptionist} />, { route: '/inquiries' });
    const tabs = await screen.findByTestId('phone-tabs');
    expect(tabs.textContent).toBe('今日待办更多');
    // A page without a tab of its own is under 更多.
    expect(screen.getByTestId('phone-tab-more').getAttribute('aria-current')).toBe('page');
  });
});

describe('where sign-in lands', { timeout: 20_000 }, () => {
  it('on a phone, a rep who visits customers starts on 今日', async () => {
    windowOf(390);
    landing();
    expect(await screen.findByText('今日页')).toBeTruthy();
  });

  it('on a desktop the rep, and on a phone someone who visits no customers, start on the home page', async () => {
    windowOf(1366);
    const desktop = landing();
    expect(await screen.findByText('欢迎，赵磊')).toBeTruthy();
    desktop.unmount();
    windowOf(390);
    signedIn(receptionist);
    landing();
    expect(await screen.findByText('欢迎，赵磊')).toBeTruthy();
    expect(screen.queryByText('今日页')).toBeNull();
  });
});

describe('the phone tabs (ORG-5)', () => {
  it('a rep gets every tab; the receptionist 今日, 待办 and 更多', () => {
    expect(visibleTabs(rep).map((t) => t.key)).toEqual(['today', 'customers', 'visits', 'todo', 'more']);
    expect(visibleTabs(receptionist).map((t) => t.key)).toEqual(['today', 'todo', 'more']);
  });

  it('a detail page lights its list’s tab; other pages light 更多', () => {
    expect(tabOfPath('/customers/00000000-0000-4000-8000-000000000001', phoneTabs)).toBe('customers');
    expect(tabOfPath('/customers', phoneTabs)).toBe('customers');
    expect(tabOfPath('/customers-archive', phoneTabs)).toBe('more');
    expect(tabOfPath('/payments', phoneTabs)).toBe('more');
    expect(tabOfPath('/today', phoneTabs)).toBe('today');
  });
});
