import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createTestApp } from './test-app.js';

const dist = mkdtempSync(path.join(tmpdir(), 'xg-dist-'));
mkdirSync(path.join(dist, 'assets'));
writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>销管</title>');
writeFileSync(path.join(dist, 'assets', 'app-1.js'), 'console.log(1)');
// A built chunk as vite names it (content hash in the name), big enough to be worth compressing.
const vendorJs = Array.from({ length: 2000 }, (_, i) => `export const v${i} = ${i};`).join('\n');
writeFileSync(path.join(dist, 'assets', 'vendor-react-C0ffee12.js'), vendorJs);

const IMMUTABLE = 'public, max-age=31536000, immutable';
const acceptCompressed = { headers: { 'accept-encoding': 'br, gzip' } };

/** The body as sent, decoded by its content-encoding. */
function decoded(res: LightMyRequestResponse): string {
  const raw = res.rawPayload;
  const encoding = res.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(raw).toString();
  if (encoding === 'gzip') return gunzipSync(raw).toString();
  return raw.toString();
}

describe('serving the web app', async () => {
  const t = await createTestApp({ demo: false, webDist: dist });

  it('serves files, the app for client-side routes, and 404 for missing files and API paths', async () => {
    expect((await t.request('GET', '/')).body).toContain('销管');
    const page = await t.request('GET', '/users?page=2');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect((await t.request('GET', '/assets/app-1.js')).body).toBe('console.log(1)');
    expect((await t.request('GET', '/assets/missing.js')).statusCode).toBe(404);
    const api = await t.request('GET', '/api/nothing-here');
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('NOT_FOUND');
  });

  it('serves a file added after start (a rebuilt web app) without a restart', async () => {
    writeFileSync(path.join(dist, 'assets', 'app-2.js'), 'console.log(2)');
    expect((await t.request('GET', '/assets/app-2.js')).body).toBe('console.log(2)');
  });

  it('a hashed asset is compressed (br or gzip) and cached for a year as immutable', async () => {
    const res = await t.request('GET', '/assets/vendor-react-C0ffee12.js', acceptCompressed);
    expect(res.statusCode).toBe(200);
    expect(['br', 'gzip']).toContain(res.headers['content-encoding']);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.rawPayload.length).toBeLessThan(vendorJs.length / 3);
    expect(decoded(res)).toBe(vendorJs);
    const gzipOnly = await t.request('GET', '/assets/vendor-react-C0ffee12.js', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzipOnly.headers['content-encoding']).toBe('gzip');
    expect(decoded(gzipOnly)).toBe(vendorJs);
    const plain = await t.request('GET', '/assets/vendor-react-C0ffee12.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(vendorJs);
  });

  it('curl -I with Accept-Encoding: br, gzip (a HEAD) shows the compression and the immutable header', async () => {
    const res = await t.app.inject({
      method: 'HEAD',
      url: '/assets/vendor-react-C0ffee12.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(res.statusCode).toBe(200);
    expect(['br', 'gzip']).toContain(res.headers['content-encoding']);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
  });

  it('index.html and the client-side-route fallback are revalidated (no-cache), never kept stale', async () => {
    for (const url of ['/', '/index.html', '/customers', '/users?page=2']) {
      const res = await t.request('GET', url, acceptCompressed);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(decoded(res), url).toContain('销管');
    }
    const head = await t.app.inject({ method: 'HEAD', url: '/customers' });
    expect(head.statusCode).toBe(200);
    expect(head.headers['cache-control']).toBe('no-cache');
  });

  it('a large JSON API response is compressed too', async () => {
    const res = await t.request('GET', '/api/openapi.json', acceptCompressed);
    expect(res.statusCode).toBe(200);
    expect(['br', 'gzip']).toContain(res.headers['content-encoding']);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    const doc = JSON.parse(decoded(res));
    expect(Object.keys(doc.paths).length).toBeGreaterThan(100);
    expect(res.rawPayload.length).toBeLessThan(JSON.stringify(doc).length / 3);
  });
});
