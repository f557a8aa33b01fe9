import { eq, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { setPolicyValue } from '../../../../test/sessions.js';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';
import { units } from '../../../platform/org/tables.js';
import type { TTodo } from '../../todo/index.js';
import { targetKey, targetsInForce } from '../in-force.js';
import type { TSalesPlan } from './schemas.js';

let t: TestApp;
let companyId: string;
const cookies = new Map<string, string>();

async function call(user: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown) {
  if (!cookies.has(user)) cookies.set(user, await t.login(user));
  return t.request(method, url, { cookie: cookies.get(user)!, ...(body !== undefined ? { body } : {}) });
}
async function ok<T = ReturnType<typeof JSON.parse>>(
  user: string,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  body?: unknown,
): Promise<T> {
  const res = await call(user, method, url, body);
  expect(res.statusCode, `${user} ${method} ${url}: ${res.body}`).toBe(200);
  return res.json() as T;
}

/** The company's targets in force for a metric and periods, as the target tree reads them. */
async function companyTargets(metric: 'signed_amount' | 'collected_amount', periods: string[]) {
  const subject = { type: 'unit' as const, id: companyId };
  const found = await targetsInForce(t.database.db, { metric, subjects: [subject], periods });
  return periods.map((p) => found.get(targetKey(subject, p))?.toString() ?? null);
}

async function history(user: string, docId: string) {
  return ok(user, 'GET', `/api/approvals/history?docType=sales_plan&docId=${docId}`);
}

const year = (metric: string, value: string, period = '2026') => ({ metric, period, value });
const content = {
  goal: '2026 年全公司签约 1.2 亿元，回款 1 亿元',
  strategy: '重点行业深耕，老客户复购',
  productMix: '数控机床 60%，配件 25%，服务 15%',
  regions: '华东、华南两大区',
  channels: '直销为主，经销为辅',
  partners: '三家省级代理商',
};
const targets = [
  year('signed_amount', '12000000000'),
  year('collected_amount', '10000000000'),
  year('volume', '1200'),
  year('new_customers', '80'),
  year('signed_amount', '900000000', '2026-01'),
  year('signed_amount', '950000000', '2026-02'),
  year('signed_amount', '1000000000', '2026-03'),
];

beforeAll(async () => {
  t = await createTestApp();
  const [root] = await t.database.db.select().from(units).where(isNull(units.parentId));
  companyId = root!.id;
});

describe('the annual sales plan (年度销售计划)', () => {
  let v1: TSalesPlan;

  it('PLAN-1: the director drafts the year’s plan — sections and company targets; each target checked on its field', async () => {
    const empty = await ok('director', 'GET', '/api/sales-plans/of-year');
    expect(empty).toMatchObject({ year: 2026, plan: null, inForceId: null, canCreate: true });

    await setPolicyValue(t, 'plan.metrics', ['signed_amount', 'collected_amount', 'new_customers']);
    const bad = await call('director', 'POST', '/api/sales-plans', {
      year: 2026,
      ...content,
      targets: [year('volume', '10'), year('signed_amount', '1', '2025-12'), year('new_customers', '1.5')],
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['targets.2.value']);
    const rules = await call('director', 'POST', '/api/sales-plans', {
      year: 2026,
      ...content,
      targets: [
        year('volume', '10'),
        year('signed_amount', '1', '2025-12'),
        year('new_customers', '1'),
        year('new_customers', '2'),
      ],
    });
    expect(rules.statusCode).toBe(400);
    expect(rules.json().error.fields).toEqual({
      'targets.0.metric': '公司当前不为该指标制定目标（制度参数“考核目标指标”）',
      'targets.1.period': '期间须为 2026 年或其中某月（如 2026-03）',
      'targets.3.period': '该指标在此期间已有目标',
    });
    await setPolicyValue(t, 'plan.metrics', ['signed_amount', 'collected_amount', 'volume', 'new_customers']);

    v1 = await ok<TSalesPlan>('director', 'POST', '/api/sales-plans', {
      year: 2026,
      ...content,
      targets: targets.filter((x) => x.metric !== 'new_customers'),
    });
    expect(v1).toMatchObject({
      year: 2026,
      version: 1,
      status: 'draft',
      canEdit: true,
      canSubmit: false,
      ...content,
    });
    expect(v1.createdBy?.username).toBe('director');
    const again = await call('director', 'POST', '/api/sales-plans', { year: 2026 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('SALES_PLAN_EXISTS');
    // Every metric needs its year target before the plan goes to the GM.
    const early = await call('director', 'POST', `/api/sales-plans/${v1.id}/submit`);
    expect(early.statusCode).toBe(422);
    expect(early.json().error.code).toBe('SALES_PLAN_TARGETS_MISSING');

    v1 = await ok<TSalesPlan>('director', 'PUT', `/api/sales-plans/${v1.id}`, { ...content, targets });
    expect(v1.canSubmit).toBe(true);
    expect(v1.targets.map((x) => [x.metric, x.period, x.value])).toEqual([
      ['signed_amount', '2026', '12000000000'],
      ['signed_amount', '2026-01', '900000000'],
      ['signed_amount', '2026-02', '950000000'],
      ['signed_amount', '2026-03', '1000000000'],
      ['collected_amount', '2026', '10000000000'],
      ['volume', '2026', '1200'],
      ['new_customers', '2026', '80'],
    ]);
  });

  it('PLAN-1/PLAN-2: submitted, the GM approves (总经理批准) — only then is it the company’s target in force (targetsInForce on the root unit)', async () => {
    // A rep does not see a draft.
    expect((await call('rep01', 'GET', `/api/sales-plans/${v1.id}`)).statusCode).toBe(404);
    const submitted = await ok<TSalesPlan>('director', 'POST', `/api/sales-plans/${v1.id}/submit`);
    expect(submitted).toMatchObject({ status: 'submitted', canEdit: false });
    const locked = await call('director', 'PUT', `/api/sales-plans/${v1.id}`, { ...content, targets });
    expect(locked.json().error.code).toBe('SALES_PLAN_NOT_EDITABLE');
    expect(await companyTargets('signed_amount', ['2026', '2026-01'])).toEqual([null, null]);

    const h = await history('director', v1.id);
    expect(h.rounds[0].steps.map((s: { approver: { username: string } }) => s.approver.username)).toEqual([
      'gm',
    ]);
    const todo = await ok<TTodo>('gm', 'GET', '/api/todo');
    const row = todo.sections
      .find((x) => x.key === 'approvals.waiting')
      ?.items.find((r) => r.link === `/sales-plan?id=${v1.id}`);
    expect(row).toMatchObject({
      subject: '2026 · v1',
      detail: {
        'zh-CN': expect.stringContaining('签约目标 ¥120,000,000.00 · 回款目标 ¥100,000,000.00'),
        en: expect.stringContaining('Signed ¥120,000,000.00 · collected ¥100,000,000.00'),
      },
    });
    // Nobody else decides it; the director cannot approve their own.
    const self = await call('director', 'POST', `/api/approvals/${h.latestRequestId}/approve`, {});
    expect(self.statusCode).toBe(403);
    await ok('gm', 'POST', `/api/approvals/${h.latestRequestId}/approve`, { comment: '同意' });

    const approved = await ok<TSalesPlan>('rep01', 'GET', `/api/sales-plans/${v1.id}`);
    expect(approved).toMatchObject({ status: 'approved', canEdit: false, canRevise: false });
    expect((await ok<TSalesPlan>('director', 'GET', `/api/sales-plans/${v1.id}`)).canRevise).toBe(true);
    expect(await companyTargets('signed_amount', ['2026', '2026-01', '2026-Q1', '2026-04'])).toEqual([
      '12000000000',
      '900000000',
      '2850000000',
      null,
    ]);
    expect(await companyTargets('collected_amount', ['2026'])).toEqual(['10000000000']);
  });

  it('PLAN-1: a change after approval is a new version with a reason; approved, it supersedes v1 in the same transaction', async () => {
    const noReason = await call('director', 'POST', `/api/sales-plans/${v1.id}/revise`, {
      changeReason: ' ',
    });
    expect(noReason.statusCode).toBe(400);
    expect(Object.keys(noReason.json().error.fields)).toEqual(['changeReason']);

    let v2 = await ok<TSalesPlan>('director', 'POST', `/api/sales-plans/${v1.id}/revise`, {
      changeReason: '一季度市场回暖，上调签约目标',
    });
    expect(v2).toMatchObject({ version: 2, status: 'draft', changeReason: '一季度市场回暖，上调签约目标' });
    expect(v2.targets).toEqual(
      (await ok<TSalesPlan>('director', 'GET', `/api/sales-plans/${v1.id}`)).targets,
    );
    const twice = await call('director', 'POST', `/api/sales-plans/${v1.id}/revise`, {
      changeReason: '再改',
    });
    expect(twice.json().error.code).toBe('SALES_PLAN_NOT_IN_FORCE');
    v2 = await ok<TSalesPlan>('director', 'PUT', `/api/sales-plans/${v2.id}`, {
      ...content,
      targets: targets.map((x) =>
        x.metric === 'signed_amount' && x.period === '2026' ? { ...x, value: '13000000000' } : x,
      ),
    });
    // Until v2 is approved, v1 stays in force; readers see only v1.
    expect(await companyTargets('signed_amount', ['2026'])).toEqual(['12000000000']);
    const ofYear = await ok('rep01', 'GET', '/api/sales-plans/of-year?year=2026');
    expect(ofYear).toMatchObject({ inForceId: v1.id, canCreate: false, plan: { id: v1.id } });
    expect((await ok('director', 'GET', '/api/sales-plans/of-year?year=2026')).plan.id).toBe(v2.id);

    await ok('director', 'POST', `/api/sales-plans/${v2.id}/submit`);
    const h = await history('director', v2.id);
    await ok('gm', 'POST', `/api/approvals/${h.latestRequestId}/approve`, {});
    const after = await ok<TSalesPlan>('rep01', 'GET', `/api/sales-plans/${v2.id}`);
    expect(after.versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'approved'],
      [1, 'superseded'],
    ]);
    expect(await companyTargets('signed_amount', ['2026', '2026-Q1'])).toEqual(['13000000000', '2850000000']);
    const audit = await ok('admin', 'GET', `/api/audit?entityId=${v1.id}`);
    expect(audit.items.map((a: { action: string }) => a.action)).toContain('salesPlan.supersede');
  });

  it('PLAN-1: rejected, the director reworks the version and submits it again', async () => {
    const v3 = await ok<TSalesPlan>(
      'director',
      'POST',
      `/api/sales-plans/${(await ok('director', 'GET', '/api/sales-plans/of-year')).plan.id}/revise`,
      {
        changeReason: '调整产品结构',
      },
    );
    await ok('director', 'POST', `/api/sales-plans/${v3.id}/submit`);
    const h = await history('director', v3.id);
    await ok('gm', 'POST', `/api/approvals/${h.latestRequestId}/reject`, { comment: '产品结构再议' });
    const rejected = await ok<TSalesPlan>('director', 'GET', `/api/sales-plans/${v3.id}`);
    expect(rejected).toMatchObject({ status: 'rejected', canEdit: true, canSubmit: true });
    const saved = await ok<TSalesPlan>('director', 'PUT', `/api/sales-plans/${v3.id}`, {
      ...content,
      productMix: '数控机床 55%，配件 30%，服务 15%',
      targets,
    });
    expect(saved.status).toBe('draft');
    const list = await ok('gm', 'GET', '/api/sales-plans?year=2026');
    expect(list.items.map((i: { version: number; status: string }) => [i.version, i.status])).toEqual([
      [3, 'draft'],
      [2, 'approved'],
      [1, 'superseded'],
    ]);
    // A rep's list has the approved and superseded versions only.
    const repList = await ok('rep01', 'GET', '/api/sales-plans?year=2026');
    expect(repList.items.map((i: { version: number }) => i.version)).toEqual([2, 1]);
  });
});

describe('market sizes (PLAN-5 base)', () => {
  it('PLAN-5: the director enters a region’s market size for a year, corrects it, removes it — each audited; only regions and the company', async () => {
    const [east] = await t.database.db.select().from(units).where(eq(units.code, 'EAST'));
    const [team] = await t.database.db.select().from(units).where(eq(units.code, 'EAST-T1'));
    const created = await ok('director', 'PUT', '/api/market-sizes', {
      unitId: east!.id,
      year: 2026,
      sizeFen: '500000000000',
      source: '行业协会 2025 年报',
      enteredOn: '2026-02-20',
    });
    expect(created).toMatchObject({
      unit: { id: east!.id, name: '华东大区', kind: 'region' },
      year: 2026,
      sizeFen: '500000000000',
      source: '行业协会 2025 年报',
      enteredBy: { username: 'director' },
    });
    const updated = await ok('director', 'PUT', '/api/market-sizes', {
      unitId: east!.id,
      year: 2026,
      sizeFen: '520000000000',
      source: '行业协会 2025 年报（修订）',
    });
    expect(updated.id).toBe(created.id);
    await ok('director', 'PUT', '/api/market-sizes', {
      unitId: companyId,
      year: 2026,
      sizeFen: '900000000000',
    });
    const notRegion = await call('director', 'PUT', '/api/market-sizes', {
      unitId: team!.id,
      year: 2026,
      sizeFen: '1',
    });
    expect(notRegion.statusCode).toBe(400);
    expect(notRegion.json().error.fields).toEqual({ unitId: '市场容量按大区（或全公司）录入' });
    const zero = await call('director', 'PUT', '/api/market-sizes', {
      unitId: east!.id,
      year: 2026,
      sizeFen: '0',
    });
    expect(Object.keys(zero.json().error.fields)).toEqual(['sizeFen']);

    const list = await ok('director', 'GET', '/api/market-sizes?year=2026&sort=unit&order=asc');
    expect(
      list.items.map((i: { unit: { name: string }; sizeFen: string }) => [i.unit.name, i.sizeFen]),
    ).toEqual([
      ['销管示范有限公司', '900000000000'],
      ['华东大区', '520000000000'],
    ]);
    await ok('director', 'DELETE', `/api/market-sizes/${created.id}`);
    expect((await call('director', 'DELETE', `/api/market-sizes/${created.id}`)).statusCode).toBe(404);
    const log = await ok('admin', 'GET', `/api/audit?entityId=${created.id}`);
    expect(log.items.map((a: { action: string }) => a.action).sort()).toEqual([
      'marketSize.create',
      'marketSize.delete',
      'marketSize.update',
    ]);
  });
});
