import { describe, expect, it } from 'vitest';
import { createTestApp } from './test-app.js';

describe('OpenAPI document', async () => {
  const t = await createTestApp({ demo: false });

  it('lists every route with its request and response schemas', async () => {
    const res = await t.request('GET', '/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    const documented = t.routes.filter(
      (r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && r.url !== '/api/openapi.json',
    );
    for (const route of documented) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      const op = doc.paths[path]?.[route.method.toLowerCase()];
      expect(op, `${route.method} ${route.url}`).toBeDefined();
      expect(
        (Object.values(op.responses['200']?.content ?? {}) as { schema?: unknown }[])[0]?.schema,
        `${route.method} ${route.url} 200`,
      ).toBeDefined();
      expect(op.responses['4XX'] ?? op.responses['4xx'], `${route.method} ${route.url} errors`).toBeDefined();
      if (route.hasBody) {
        expect(
          op.requestBody?.content?.['application/json']?.schema,
          `${route.method} ${route.url} body`,
        ).toBeDefined();
      }
    }
  });

  it('the API docs page renders the document', async () => {
    const res = await t.request('GET', '/api/docs/');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger');
  });

  it('health answers ok after checking the database, with security headers', async () => {
    const res = await t.request('GET', '/api/health');
    expect(res.json()).toEqual({ status: 'ok' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBeDefined();
    expect(res.headers['x-request-id']).toBeDefined();
  });
});
