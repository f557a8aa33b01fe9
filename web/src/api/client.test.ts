import { describe, expect, it, vi } from 'vitest';
import { ApiError, apiUrl, buildUrl, createApiClient } from './client';
import type { ApiBody } from './routes';

function fakeFetch(status: number, body: unknown) {
  return vi.fn(
    async (_url: RequestInfo | URL, _init?: RequestInit) =>
      new Response(typeof body === 'string' ? body : JSON.stringify(body), {
        status,
        headers: { 'Content-Type': typeof body === 'string' ? 'text/html' : 'application/json' },
      }),
  );
}

function client(fetch: typeof globalThis.fetch, language = 'zh-CN') {
  const onUnauthenticated = vi.fn();
  const api = createApiClient({
    fetch,
    language: () => language,
    onUnauthenticated,
    fallbackMessage: (status) => `fallback ${status}`,
  });
  return { api, onUnauthenticated };
}

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('api client', () => {
  it('sends the UI language, the cookie and JSON, and returns the parsed body', async () => {
    const fetch = fakeFetch(200, { ok: true });
    const { api } = client(fetch, 'en');
    await expect(api.put('/api/me/preferences', { body: { locale: 'en' } })).resolves.toEqual({ ok: true });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/me/preferences');
    expect(init?.method).toBe('PUT');
    expect(init?.credentials).toBe('same-origin');
    expect(init?.body).toBe('{"locale":"en"}');
    expect((init!.headers as Record<string, string>)['Accept-Language']).toBe('en');
  });

  it('parses the error shape into code, message, fields and status', async () => {
    const fetch = fakeFetch(400, {
      error: { code: 'VALIDATION_FAILED', message: '提交的内容有误', fields: { username: '必填' } },
    });
    const error = await caught(
      client(fetch).api.post('/api/users', { body: {} as ApiBody<'POST /api/users'> }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toBe('提交的内容有误');
    expect(error.fields).toEqual({ username: '必填' });
  });

  it('gives a fallback message when the body is not the error shape', async () => {
    const error = await caught(client(fakeFetch(502, '<html>Bad gateway</html>')).api.get('/api/me'));
    expect(error.status).toBe(502);
    expect(error.code).toBe('HTTP_502');
    expect(error.message).toBe('fallback 502');
    expect(error.fields).toEqual({});
  });

  it('reports a network failure as status 0', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = await caught(client(fetch).api.get('/api/me'));
    expect(error.status).toBe(0);
    expect(error.code).toBe('NETWORK');
  });

  it('goes to the login page on 401, except for the login call itself', async () => {
    const body = { error: { code: 'UNAUTHENTICATED', message: '请先登录' } };
    const first = client(fakeFetch(401, body));
    await caught(first.api.get('/api/me'));
    expect(first.onUnauthenticated).toHaveBeenCalledTimes(1);

    const wrong = { error: { code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' } };
    const second = client(fakeFetch(401, wrong));
    const error = await caught(
      second.api.post('/api/auth/login', { body: { username: 'a', password: 'b' }, skipAuthRedirect: true }),
    );
    expect(error.code).toBe('INVALID_CREDENTIALS');
    expect(second.onUnauthenticated).not.toHaveBeenCalled();
  });

  it('fills path templates with encoded parameters', async () => {
    const fetch = fakeFetch(200, { ok: true });
    const { api } = client(fetch);
    await api.delete('/api/customers/{id}/contacts/{contactId}', { params: { id: 'c 1', contactId: 'a/b' } });
    expect(fetch.mock.calls[0]![0]).toBe('/api/customers/c%201/contacts/a%2Fb');
    expect(apiUrl('/api/contracts/{id}/scan', { id: 'x?y' })).toBe('/api/contracts/x%3Fy/scan');
  });

  it('accepts only the routes, parameters, queries and bodies the server declares (type-checked)', () => {
    const { api } = client(fakeFetch(200, {}));
    const never = () => {
      // @ts-expect-error: no such route
      void api.get('/api/contract');
      // @ts-expect-error: the route answers POST, not GET
      void api.get('/api/contracts/{id}/submit', { params: { id: 'x' } });
      // @ts-expect-error: the path parameter is missing
      void api.get('/api/contracts/{id}');
      // @ts-expect-error: page is a number
      void api.get('/api/contracts', { query: { page: 'one' } });
      // @ts-expect-error: the body is required
      void api.put('/api/me/preferences');
      // @ts-expect-error: no such locale
      void api.put('/api/me/preferences', { body: { locale: 'fr' } });
    };
    expect(never).toBeTypeOf('function');
  });

  it('builds query strings without empty values', () => {
    expect(buildUrl('/api/users', { page: 2, q: '', status: undefined, unitTree: false, roleId: null })).toBe(
      '/api/users?page=2&unitTree=false',
    );
    expect(buildUrl('/api/users', {})).toBe('/api/users');
  });
});

describe('api client downloads', () => {
  it('returns the file with the name the server gave it, sending filters as the query', async () => {
    const fetch = vi.fn(
      async (_url: RequestInfo | URL, _init?: RequestInit) =>
        new Response('xlsx-bytes', {
          status: 200,
          headers: { 'Content-Disposition': 'attachment; filename="users-2026-03-02.xlsx"' },
        }),
    );
    const { api } = client(fetch, 'en');
    const file = await api.download('/api/users/export', { query: { q: 'rep', status: 'active' } });
    expect(file.filename).toBe('users-2026-03-02.xlsx');
    expect(await file.blob.text()).toBe('xlsx-bytes');
    const [url, init] = fetch.mock.calls[0]!;
    expect(String(url)).toBe('/api/users/export?q=rep&status=active');
    expect(init?.headers).toMatchObject({ 'Accept-Language': 'en' });
  });

  it('turns a refused export into an ApiError with the server message', async () => {
    const { api } = client(fakeFetch(403, { error: { code: 'FORBIDDEN', message: '没有执行此操作的权限' } }));
    const error = await caught(api.download('/api/users/export'));
    expect(error).toMatchObject({ status: 403, code: 'FORBIDDEN', message: '没有执行此操作的权限' });
  });
});
