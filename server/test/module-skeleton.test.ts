import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEMO_PASSWORD } from '../src/demo/demo-org.js';
import { loadDemoData } from '../src/demo/load-demo.js';
import { buildApp } from '../src/http/app.js';
import { modules } from '../src/modules/index.js';
import type { Permission } from '../src/modules/permission-codes.js';
import { ensurePresetRoles } from '../src/modules/roles/ensure-presets.js';
import { definePermissions } from '../src/platform/access/permissions.js';
import { BusinessClock } from '../src/platform/clock.js';
import { defineJob } from '../src/platform/jobs/registry.js';
import { defineModule } from '../src/platform/modules/define-module.js';
import { definePolicy } from '../src/platform/policies/define.js';
import { createTestDatabase } from './test-db.js';

describe('a module added to the list (ADR 16)', async () => {
  const skeletonPolicy = definePolicy({
    id: 'skeleton.days',
    schema: z.number().int().min(1),
    default: 7,
    unit: 'days',
    label: { 'zh-CN': '骨架天数', en: 'Skeleton days' },
    description: { 'zh-CN': '测试模块的参数', en: 'The test module’s policy' },
    ruleIds: ['ORG-7'],
    chapter: 'ORG',
  });
  // A new permission is not in the generated union until `npm run gen` runs.
  const permission = 'skeleton:use' as Permission;
  const skeleton = defineModule({
    name: 'skeleton',
    dependsOn: ['customers'],
    permissions: definePermissions([
      { code: 'skeleton:use', label: { 'zh-CN': '使用骨架', en: 'Use the skeleton' }, scoped: false },
    ]),
    policies: [skeletonPolicy],
    jobs: [
      defineJob({
        name: 'skeleton.tick',
        label: { 'zh-CN': '骨架任务', en: 'Skeleton job' },
        intervalSeconds: 3600,
        run: async () => 'ok',
      }),
    ],
    routes: (app) => {
      app.get('/api/skeleton', { config: { permission } }, async () => ({ ok: true }));
    },
  });

  const database = await createTestDatabase();
  const clock = new BusinessClock();
  clock.set(new Date('2026-03-02T01:00:00Z'));
  await ensurePresetRoles(database.db);
  await loadDemoData(database.db, clock);
  const { app, routes } = await buildApp({
    database,
    clock,
    logLevel: 'silent',
    loginRateLimitPerMinute: 10_000,
    modules: [...modules, skeleton],
  });
  await app.ready();
  afterAll(async () => {
    await app.close();
    await database.close();
  });
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'admin', password: DEMO_PASSWORD },
  });
  const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const get = async (url: string) => (await app.inject({ method: 'GET', url, headers: { cookie } })).json();

  it('appears in the permission catalogue, the policy centre, the job list and the route table', async () => {
    expect((await get('/api/permissions')).items.map((p: { code: string }) => p.code)).toContain(
      'skeleton:use',
    );
    expect((await get('/api/policies')).items.map((p: { id: string }) => p.id)).toContain('skeleton.days');
    expect((await get('/api/jobs')).items.map((j: { name: string }) => j.name)).toContain('skeleton.tick');
    expect(routes).toContainEqual(
      expect.objectContaining({ method: 'GET', url: '/api/skeleton', permission }),
    );
  });

  it("its route is guarded by its permission (the administrator's role does not hold it)", async () => {
    const res = await app.inject({ method: 'GET', url: '/api/skeleton', headers: { cookie } });
    expect(res.statusCode).toBe(403);
  });
});
