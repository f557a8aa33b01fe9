import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n, { initialLocale, setLocale } from '../../i18n';
import { renderWithProviders } from '../../test/render';
import { LoginPage } from './LoginPage';

afterEach(async () => {
  vi.unstubAllGlobals();
  await act(() => setLocale('zh-CN'));
});

describe('LoginPage', () => {
  it('shows Chinese by default and English after switching', async () => {
    renderWithProviders(<LoginPage />, { route: '/login' });
    expect(screen.getByText('销管 Xiaoguan')).toBeTruthy();
    expect(screen.getByPlaceholderText('用户名')).toBeTruthy();
    expect(screen.getByPlaceholderText('密码')).toBeTruthy();
    expect(screen.getByRole('button', { name: /登\s*录/ })).toBeTruthy();

    fireEvent.click(screen.getByText('English'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy());
    expect(screen.getByPlaceholderText('Username')).toBeTruthy();
    expect(i18n.language).toBe('en');
    expect(window.localStorage.getItem('xiaoguan.locale')).toBe('en');
  });

  it("shows the server's message when sign-in fails, in the UI language", async () => {
    const fetch = vi.fn(
      async () =>
        new Response(
          JSON.stringify({ error: { code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' } }),
          {
            status: 401,
          },
        ),
    );
    vi.stubGlobal('fetch', fetch);
    renderWithProviders(<LoginPage />, { route: '/login' });
    fireEvent.change(screen.getByPlaceholderText('用户名'), { target: { value: 'rep01' } });
    fireEvent.change(screen.getByPlaceholderText('密码'), { target: { value: 'wrong' } });
    fireEvent.submit(screen.getByPlaceholderText('密码').closest('form')!);
    expect((await screen.findByTestId('login-error')).textContent).toContain('用户名或密码错误');
    const init = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(init[0]).toBe('/api/auth/login');
    expect((init[1].headers as Record<string, string>)['Accept-Language']).toBe('zh-CN');
  });

  it('ORG-5: after signing in, a lock-out notice is shown until the user acknowledges it (marked read)', async () => {
    const notice = {
      id: '0b6f7c1e-4f5e-4a44-9a35-6f1d2a9d8e11',
      title: '您的账号于 2026-03-02 09:00 因连续 5 次登录失败被锁定',
      body: '账号锁定 10 分钟后自动解锁。如果不是您本人操作，请立即修改密码并告知管理员。',
      createdAt: '2026-03-02T01:00:00.000Z',
    };
    const me = {
      user: { id: 'u1', username: 'rep01', displayName: '赵磊', position: '', email: null, locale: 'zh-CN' },
      unit: { id: 'n1', name: '华东一组' },
      roles: [],
      permissions: {},
      superior: null,
    };
    const fetch = vi.fn(async (url: string) =>
      url === '/api/auth/login'
        ? new Response(JSON.stringify({ ...me, notices: [notice] }), { status: 200 })
        : new Response(JSON.stringify({ ...notice, readAt: notice.createdAt }), { status: 200 }),
    );
    vi.stubGlobal('fetch', fetch);
    renderWithProviders(<LoginPage />, { route: '/login' });
    fireEvent.change(screen.getByPlaceholderText('用户名'), { target: { value: 'rep01' } });
    fireEvent.change(screen.getByPlaceholderText('密码'), { target: { value: 'xiaoguan2026' } });
    fireEvent.submit(screen.getByPlaceholderText('密码').closest('form')!);
    const shown = await screen.findByTestId('sign-in-notices');
    expect(shown.textContent).toContain(notice.title);
    expect(screen.getAllByText('账号安全提醒').length).toBeGreaterThan(0);
    expect(fetch.mock.calls.map((c) => c[0])).toEqual(['/api/auth/login']);
    fireEvent.click(screen.getByRole('button', { name: /我知道了/ }));
    await waitFor(() =>
      expect(fetch.mock.calls.map((c) => c[0])).toContain(`/api/notifications/${notice.id}/read`),
    );
  });
});

describe('initialLocale', () => {
  it('follows a remembered choice, else the browser', () => {
    expect(initialLocale()).toBe('zh-CN');
    vi.stubGlobal('navigator', { language: 'en-GB' });
    expect(initialLocale()).toBe('en');
    window.localStorage.setItem('xiaoguan.locale', 'zh-CN');
    expect(initialLocale()).toBe('zh-CN');
  });
});
