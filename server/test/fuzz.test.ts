import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDemoCustomers } from '../src/demo/demo-customers.js';
import { loadDemoMoney } from '../src/demo/demo-money.js';
import { loadDemoOpportunities } from '../src/demo/demo-opportunities.js';
import { loadDemoRequests } from '../src/demo/demo-requests.js';
import { loadDemoRhythm } from '../src/demo/demo-rhythm.js';
import { loadDemoService } from '../src/demo/demo-service.js';
import { loadDemoVisits } from '../src/demo/demo-visits.js';
import { MAX_REQUEST_DEPTH } from '../src/http/validation.js';
import { approvedCompanyTarget, unitId } from '../src/modules/targets/sets/test-kit.js';
import { problemOf, reportLine } from './fuzz/check.js';
import { IdPool } from './fuzz/id-pool.js';
import { Prng, seedOf } from './fuzz/prng.js';
import { type FuzzData, type FuzzRoute, type Operation, requestsFor } from './fuzz/requests.js';
import { createAllPowerfulUser } from './fuzz/superuser.js';
import type { JsonSchema } from './fuzz/valid-value.js';
import { createTestApp } from './test-app.js';

/** Fixed in the suite so a failure reproduces; FUZZ_SEED=<n> explores other inputs. */
const SEED = Number(process.env.FUZZ_SEED ?? 20260302);
/**
 * Requests per route: at least every value that matters to each field's kind (money, dates,
 * ids …), every whole-body, parameter and upload case, and 20 values of any kind; up to this
 * many when a route has few fields (FUZZ_PER_ROUTE=<n> for a longer run).
 */
const PER_ROUTE = Number(process.env.FUZZ_PER_ROUTE ?? 100);

/** How deep a JSON Schema nests objects and arrays. */
function schemaDepth(s: JsonSchema | undefined): number {
  if (!s) return 0;
  const branches = [...(s.oneOf ?? []), ...(s.anyOf ?? []), ...(s.allOf ?? [])];
  const inner = [
    ...Object.values(s.properties ?? {}),
    ...(s.items ? [s.items] : []),
    ...(typeof s.additionalProperties === 'object' ? [s.additionalProperties] : []),
  ];
  const own = s.type === 'object' || s.type === 'array' ? 1 : 0;
  return Math.max(own + Math.max(0, ...inner.map(schemaDepth)), ...branches.map(schemaDepth));
}

/** How deep a JSON value nests objects and arrays. */
function valueDepth(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  return 1 + Math.max(0, ...Object.values(value).map(valueDepth));
}

/**
 * No bad input ever gets a 500: every write route (from the route registry) gets a hundred or
 * more requests built from its own schema — valid ones, then one field at a time made hostile, the
 * whole body replaced, path parameters, query strings, headers and uploads broken — from a user
 * holding every permission at scope 'all' (so a 403 hides nothing) and without a session.
 * Any 5xx, or any error without {error:{code,message}}, fails the test with the list.
 */
describe('fuzzing every write route', async () => {
  const t = await createTestApp();
  await loadDemoRequests(t.database.db, t.clock);
  await loadDemoCustomers(t.database.db, t.clock);
  await loadDemoOpportunities(t.database.db, t.clock);
  await loadDemoMoney(t.database.db, t.clock);
  await loadDemoVisits(t.database.db, t.clock);
  await loadDemoRhythm(t.database.db, t.clock);
  await loadDemoService(t.database.db, t.clock);
  // PLAN-3: a company target and a draft split of it, for the target-set routes to work on.
  await approvedCompanyTarget(t, { year: 2026, metric: 'signed_amount', value: 10_000_000n });
  const split = await t.request('POST', '/api/target-sets', {
    cookie: await t.login('director'),
    body: { unitId: await unitId(t, 'HQ'), year: 2026, metric: 'signed_amount' },
  });
  if (split.statusCode !== 200) throw new Error(`the draft split: ${split.body}`);
  const start = new Date('2026-03-02T01:00:00Z');
  t.clock.set(start);
  const fuzzer = await createAllPowerfulUser(t);

  const doc = (await t.request('GET', '/api/openapi.json')).json() as {
    paths: Record<string, Record<string, Operation>>;
  };
  let cookie = await fuzzer.login();
  const policies = (await t.request('GET', '/api/policies', { cookie })).json().items as {
    id: string;
    value: unknown;
  }[];
  const jobs = (await t.request('GET', '/api/jobs', { cookie })).json().items as { name: string }[];
  const data: FuzzData = {
    ids: await IdPool.read(t.database.db, new Set([fuzzer.userId, fuzzer.roleId])),
    policies: new Map(policies.map((p) => [p.id, p.value])),
    jobs: jobs.map((j) => j.name),
  };

  const routes: FuzzRoute[] = t.routes
    .filter((r) => r.url.startsWith('/api/') && r.method !== 'GET')
    .map((r) => ({
      method: r.method as FuzzRoute['method'],
      url: r.url,
      upload: r.upload,
      op: doc.paths[r.url.replace(/:(\w+)/g, '{$1}')]?.[r.method.toLowerCase()] ?? {},
    }));
  const exercised = new Map<string, number>();

  it('no write route answers 5xx, or an error without the error shape, to hostile input', async () => {
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    for (const route of routes) {
      const key = `${route.method} ${route.url}`;
      const requests = requestsFor(route, data, new Prng(seedOf(`${SEED} ${key}`)), PER_ROUTE);
      for (const req of requests) {
        const res = await t.app.inject({
          method: req.method,
          url: req.url,
          headers: { ...(req.signedIn ? { cookie } : {}), ...req.headers },
          ...(req.payload !== undefined ? { payload: req.payload } : {}),
        });
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        if (req.signedIn && res.statusCode !== 401 && res.statusCode !== 403) {
          exercised.set(key, (exercised.get(key) ?? 0) + 1);
        }
        const problem = problemOf(req, res);
        if (problem) failures.push(reportLine(key, req, res, problem));
      }
      // A route may have moved the business clock or ended the session (logout, clock, policies).
      t.clock.set(start);
      if ((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode !== 200) {
        cookie = await fuzzer.login();
      }
    }
    console.info(
      `fuzz: ${[...statuses.values()].reduce((a, b) => a + b, 0)} requests to ${routes.length} write routes;`,
      'statuses',
      Object.fromEntries([...statuses].sort(([a], [b]) => a - b)),
    );
    // FUZZ_REPORT=<file> keeps the whole list (the message shows the first 40).
    if (process.env.FUZZ_REPORT) writeFileSync(process.env.FUZZ_REPORT, failures.join('\n\n'));
    if (failures.length > 0) {
      expect.fail(`${failures.length} bad answers (the first 40):\n\n${failures.slice(0, 40).join('\n\n')}`);
    }
  }, 300_000);

  // Reads what the test above sent.
  it('every write route was exercised past the permission check', () => {
    expect(routes.length).toBeGreaterThan(100);
    expect(routes.filter((r) => r.upload).length, 'upload routes').toBeGreaterThan(0);
    const missed = routes.map((r) => `${r.method} ${r.url}`).filter((key) => !exercised.has(key));
    expect(missed).toEqual([]);
  });

  it(`no body schema (nor a policy value, which a body carries) comes near the ${MAX_REQUEST_DEPTH} levels a request may have`, () => {
    for (const route of routes) {
      const depth = schemaDepth(route.op.requestBody?.content?.['application/json']?.schema);
      expect(depth, `${route.method} ${route.url}`).toBeLessThan(MAX_REQUEST_DEPTH / 4);
    }
    for (const [id, value] of data.policies) {
      expect(valueDepth(value), id).toBeLessThan(MAX_REQUEST_DEPTH / 4);
    }
  });
});
