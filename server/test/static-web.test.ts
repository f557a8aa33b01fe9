import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestApp } from './test-app.js';

const dist = mkdtempSync(path.join(tmpdir(), 'xg-dist-'));
mkdirSync(path.join(dist, 'assets'));
writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>销管</title>');
writeFileSync(path.join(dist, 'assets', 'app-1.js'), 'console.log(1)');

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
});
