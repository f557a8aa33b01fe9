import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';

describe('ORG-1: organisation tree', async () => {
  const t = await createTestApp();
  const unitByCode = async (cookie: string, code: string) =>
    (await t.request('GET', '/api/units', { cookie }))
      .json()
      .items.find((u: { code: string }) => u.code === code);

  it('ORG-1: the demo tree runs company → region → department → team', async () => {
    const cookie = await t.login('rep01');
    const units = (await t.request('GET', '/api/units', { cookie })).json().items as {
      id: string;
      parentId: string | null;
      kind: string;
      code: string;
      memberCount: number;
    }[];
    const byId = new Map(units.map((u) => [u.id, u]));
    const team = units.find((u) => u.code === 'EAST-T1')!;
    const chain = [team.kind];
    for (let u = byId.get(team.parentId!); u; u = u.parentId ? byId.get(u.parentId) : undefined)
      chain.push(u.kind);
    expect(chain).toEqual(['team', 'department', 'region', 'company']);
    expect(team.memberCount).toBe(4);
  });

  it('ORG-1: a team goes under a department only, and a unit cannot move under itself', async () => {
    const admin = await t.login('admin');
    const region = await unitByCode(admin, 'EAST');
    const dept = await unitByCode(admin, 'EAST-SALES');
    const bad = await t.request('POST', '/api/units', {
      cookie: admin,
      body: { parentId: region.id, kind: 'team', name: '直属小组', code: 'EAST-X' },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.code).toBe('UNIT_PARENT_INVALID');
    const good = await t.request('POST', '/api/units', {
      cookie: admin,
      body: { parentId: dept.id, kind: 'team', name: '华东三组', code: 'EAST-T3' },
    });
    expect(good.statusCode).toBe(200);
    const south = await unitByCode(admin, 'SOUTH');
    const loop = await t.request('PATCH', `/api/units/${region.id}`, {
      cookie: admin,
      body: { parentId: region.id },
    });
    expect(loop.statusCode).toBe(422);
    const moveDept = await t.request('PATCH', `/api/units/${dept.id}`, {
      cookie: admin,
      body: { parentId: south.id },
    });
    expect(moveDept.statusCode).toBe(200);
    expect(moveDept.json().parentId).toBe(south.id);
  });
});
