import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { errorHandler } from './error-handler.js';
import { loggerOptions } from './logger.js';

/** ORG-5 confidentiality: the log holds who did what and how it went, never what was sent. */
describe('request log', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'xg-log-'));
  const file = path.join(dir, 'server.log');
  const app = Fastify(loggerOptions('info', { file }));
  app.setErrorHandler(errorHandler);
  app.post('/api/things/:id', async () => ({ ok: true }));
  app.get('/api/broken', async () => {
    throw new Error('boom');
  });
  await app.ready();
  afterAll(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });
  const lines = async () => {
    // Lines are written asynchronously: flush what is pending first.
    await new Promise<void>((resolve) =>
      (app.log as unknown as { flush(cb: () => void): void }).flush(resolve),
    );
    return (await readFile(file, 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  };
  /** The lines after the first `from`, once `count` of them are written (a busy machine writes late). */
  const linesAfter = async (from: number, count: number) => {
    for (let i = 0; i < 50; i++) {
      const all = await lines();
      if (all.length - from >= count) return all.slice(from);
      await new Promise((r) => setTimeout(r, 20));
    }
    return (await lines()).slice(from);
  };

  it('ORG-5: one line per request with method, route pattern, status, time and request id; no body, no cookie', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/things/42?q=secret-query',
      headers: { cookie: 'xg_session=secret-token', authorization: 'Bearer secret-bearer' },
      payload: { password: 'secret-password' },
    });
    expect(res.statusCode).toBe(200);
    const logged = await lines();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ level: 30, method: 'POST', route: '/api/things/:id', status: 200 });
    expect(typeof logged[0]?.ms).toBe('number');
    expect(logged[0]?.reqId).toBeTruthy();
    expect(Object.keys(logged[0] ?? {})).not.toContain('url');
    expect(JSON.stringify(logged)).not.toMatch(/secret/);
  });

  it('an unhandled error is logged once at error level, then the request line', async () => {
    const before = (await lines()).length;
    expect((await app.inject({ method: 'GET', url: '/api/broken' })).statusCode).toBe(500);
    const logged = await linesAfter(before, 2);
    expect(logged.map((l) => [l.level, l.msg])).toEqual([
      [50, 'unhandled error'],
      [30, 'request'],
    ]);
    expect(logged[0]?.reqId).toBe(logged[1]?.reqId);
  });
});
