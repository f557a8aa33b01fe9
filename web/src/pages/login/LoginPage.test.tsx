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
