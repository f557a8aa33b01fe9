import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-org.js';
import { multipartBody } from './multipart.js';
import { createTestApp, type TestApp } from './test-app.js';

type Method = 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
/** A value for every `:param` of a route; no static route is spelled like it, so the pattern matches. */
const fill = (url: string) => url.replace(/:\w+/g, 'csrf-probe');

/** Every state-changing route in the registry, as `METHOD /url/:params`. */
const writeRoutes = (t: TestApp) =>
  [...new Set(t.routes.filter((r) => !SAFE.has(r.method)).map((r) => `${r.method} ${r.url}`))].sort();

/** Sends every write route with the given headers and an admin session; returns what each answered. */
async function sendAll(t: TestApp, cookie: string, headers: Record<string, string>) {
  const answers = new Map<string, { status: number; code: string | undefined }>();
  for (const key of writeRoutes(t)) {
    const [method, url] = key.split(' ') as [Method, string];
    const res = await t.request(method, fill(url), { cookie, body: {}, headers });
    const code = String(res.headers['content-type']).includes('json') ? res.json().error?.code : undefined;
    answers.set(key, { status: res.statusCode, code });
  }
  return answers;
}

const login = (t: TestApp, headers: Record<string, string>) =>
  t.request('POST', '/api/auth/login', { body: { username: 'admin', password: DEMO_PASSWORD }, headers });

describe('CSRF: state-changing requests from other sites are refused', async () => {
  const t = await createTestApp();
  const admin = await t.login('admin');
  const routes = writeRoutes(t);

  it('the registry has write routes under /api (so the checks below are not vacuous)', () => {
    expect(routes.length).toBeGreaterThan(100);
    expect(routes).toContain('POST /api/auth/login');
    expect(routes).toContain('POST /api/customers/:id/attachments');
  });

  it('every write route answers 403 CSRF_REJECTED to a foreign Origin, even with a valid session', async () => {
    const answers = await sendAll(t, admin, { origin: 'https://evil.example' });
    expect([...answers.keys()]).toEqual(routes);
    const wrong = [...answers].filter(([, a]) => a.status !== 403 || a.code !== 'CSRF_REJECTED');
    expect(wrong).toEqual([]);
  });

  it('every write route answers 403 CSRF_REJECTED to Sec-Fetch-Site: cross-site without an Origin', async () => {
    const answers = await sendAll(t, admin, { 'sec-fetch-site': 'cross-site' });
    expect([...answers.keys()]).toEqual(routes);
    const wrong = [...answers].filter(([, a]) => a.status !== 403 || a.code !== 'CSRF_REJECTED');
    expect(wrong).toEqual([]);
  });

  it('the refusal is in the request language and changes nothing (no session is made)', async () => {
    const res = await login(t, { origin: 'https://evil.example', 'accept-language': 'en' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toEqual({
      code: 'CSRF_REJECTED',
      message: 'The request came from another site and was refused; use the application itself',
    });
    expect(res.cookies).toEqual([]);
    const zh = await login(t, { origin: 'null' });
    expect(zh.json().error.message).toBe('请求来自其他网站，已拒绝；请直接在本系统中操作');
  });

  it('the app’s own origin (scheme + Host), no Origin, Sec-Fetch-Site same-origin or none: sign-in works', async () => {
    // app.inject sends Host: localhost:80, so the app's own origin is http://localhost.
    const cases: Record<string, string>[] = [
      {},
      { origin: 'http://localhost' },
      { origin: 'http://localhost:80' },
      { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' },
      { 'sec-fetch-site': 'same-origin' },
      { 'sec-fetch-site': 'none' },
    ];
    for (const headers of cases) {
      const res = await login(t, headers);
      expect(res.statusCode, JSON.stringify(headers)).toBe(200);
    }
    const other = await login(t, { host: 'xg.example.com', origin: 'https://xg.example.com' });
    expect(other.statusCode, 'another scheme is another origin').toBe(403);
    const same = await login(t, { host: 'xg.example.com', origin: 'http://xg.example.com' });
    expect(same.statusCode).toBe(200);
  });

  it('behind a TLS proxy without TRUST_PROXY the browser’s Sec-Fetch-Site: same-origin is believed; an https Origin alone is not', async () => {
    // The server sees http://localhost; the browser's page is https://localhost.
    const vouched = await login(t, { origin: 'https://localhost', 'sec-fetch-site': 'same-origin' });
    expect(vouched.statusCode, vouched.body).toBe(200);
    const unvouched = await login(t, { origin: 'https://localhost' });
    expect(unvouched.statusCode).toBe(403);
    expect(unvouched.json().error.code).toBe('CSRF_REJECTED');
  });

  it('Sec-Fetch-Site: same-site (a sibling host) passes only with an allowed Origin', async () => {
    expect((await login(t, { 'sec-fetch-site': 'same-site' })).statusCode).toBe(403);
    const sibling = await login(t, { 'sec-fetch-site': 'same-site', origin: 'http://crm.localhost' });
    expect(sibling.json().error.code).toBe('CSRF_REJECTED');
  });

  it('reads pass whatever their origin (GET is never state-changing)', async () => {
    const res = await t.request('GET', '/api/me', {
      cookie: admin,
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(res.statusCode).toBe(200);
  });
});

describe('CSRF: ALLOWED_ORIGINS and a trusted proxy', async () => {
  const t = await createTestApp({ allowedOrigins: ['https://crm.example.com'], trustProxy: true });

  it('an origin listed in ALLOWED_ORIGINS may sign in and write, also as same-site; others may not', async () => {
    const listed = await login(t, { origin: 'https://crm.example.com' });
    expect(listed.statusCode).toBe(200);
    const cookie = listed.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const write = await t.request('PUT', '/api/me/preferences', {
      cookie,
      body: { locale: 'en' },
      headers: { origin: 'https://crm.example.com', 'sec-fetch-site': 'same-site' },
    });
    expect(write.statusCode, write.body).toBe(200);
    const unlisted = await login(t, { origin: 'https://other.example.com', 'sec-fetch-site': 'same-site' });
    expect(unlisted.json().error.code).toBe('CSRF_REJECTED');
    const cross = await login(t, { origin: 'https://crm.example.com', 'sec-fetch-site': 'cross-site' });
    expect(cross.json().error.code, 'the browser says cross-site: refused').toBe('CSRF_REJECTED');
  });

  it('behind a trusted proxy the own origin is X-Forwarded-Proto + X-Forwarded-Host', async () => {
    const proxied = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'xg.example.com' };
    expect((await login(t, { ...proxied, origin: 'https://xg.example.com' })).statusCode).toBe(200);
    expect((await login(t, { ...proxied, origin: 'http://localhost' })).statusCode).toBe(403);
  });
});

describe('request bodies are JSON; forms only on upload routes', async () => {
  const t = await createTestApp();
  const cookie = await t.login('rep01');

  const send = (url: string, contentType: string, payload: string | Buffer) =>
    t.app.inject({ method: 'PUT', url, headers: { cookie, 'content-type': contentType }, payload });

  it('text/plain, url-encoded and multipart bodies on a JSON route answer 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const json = JSON.stringify({ locale: 'en' });
    const mp = multipartBody({ fileName: 'a.txt', content: 'x' });
    for (const res of [
      await send('/api/me/preferences', 'text/plain', json),
      await send('/api/me/preferences', 'text/plain;charset=UTF-8', json),
      await send('/api/me/preferences', 'application/x-www-form-urlencoded', 'locale=en'),
      await send('/api/me/preferences', mp.headers['content-type']!, mp.payload),
    ]) {
      expect(res.statusCode, res.body).toBe(415);
      expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(typeof res.json().error.message).toBe('string');
    }
    const plainLogin = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'text/plain' },
      payload: JSON.stringify({ username: 'rep01', password: DEMO_PASSWORD }),
    });
    expect(plainLogin.statusCode).toBe(415);
    expect(plainLogin.cookies).toEqual([]);
    // The same body as JSON is fine.
    expect((await send('/api/me/preferences', 'application/json', json)).statusCode).toBe(200);
  });

  it('an upload route still takes multipart', async () => {
    const created = await t.request('POST', '/api/customers', {
      cookie,
      body: { name: '表单边界公司', level: 'B' },
    });
    const mp = multipartBody({ fileName: 'a.txt', content: 'hello' });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/customers/${created.json().customer.id}/attachments`,
      headers: { cookie, origin: 'http://localhost', ...mp.headers },
      payload: mp.payload,
    });
    expect(res.statusCode, res.body).toBe(200);
  });
});
