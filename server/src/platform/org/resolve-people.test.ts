import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { PeopleResolver, resolvePeople } from './resolve-people.js';
import { units, users } from './tables.js';

/**
 * ORG-3 (逐级): who a rule names, relative to a subject user and a record's unit. The demo
 * chain: rep01 → sup_east1 → manager_east → rm_east → director → gm.
 */
describe('ORG-3: the org resolver (who is told, who decides)', async () => {
  const t = await createTestApp();
  const db = t.database.db;
  const id = (username: string) => t.userId(username);
  const names = async (ids: string[]) => {
    const byId = new Map<string, string>();
    for (const u of await db.select({ id: users.id, username: users.username }).from(users))
      byId.set(u.id, u.username);
    return ids.map((i) => byId.get(i));
  };
  const unitId = async (code: string) =>
    (await db.select({ id: units.id }).from(units).where(eq(units.code, code)))[0]!.id;
  const rep01 = { userId: await id('rep01'), unitId: await unitId('EAST-T1') };

  it('ORG-3: owner, direct superior and N levels up follow the superior chain', async () => {
    const owner = await resolvePeople(db, { kind: 'owner' }, rep01);
    expect({ ...owner, userIds: await names(owner.userIds) }).toEqual({
      userIds: ['rep01'],
      depth: 0,
      reason: null,
    });
    const superior = await resolvePeople(db, { kind: 'superior' }, rep01);
    expect(await names(superior.userIds)).toEqual(['sup_east1']);
    expect(superior.depth).toBe(1);
    const three = await resolvePeople(db, { kind: 'levelsUp', levels: 3 }, rep01);
    expect(await names(three.userIds)).toEqual(['rm_east']);
    expect(three.depth).toBe(3);
  });

  it('ORG-3: the nearest holder of a role up the chain; a company-wide role; a role in the record’s region', async () => {
    const manager = await resolvePeople(db, { kind: 'nearestRole', role: 'sales_manager' }, rep01);
    expect(await names(manager.userIds)).toEqual(['manager_east']);
    expect(manager.depth).toBe(2);
    const director = await resolvePeople(db, { kind: 'role', role: 'sales_director' }, rep01);
    expect(await names(director.userIds)).toEqual(['director']);
    expect(director.depth).toBe(4);
    expect(await names((await resolvePeople(db, { kind: 'role', role: 'finance' }, rep01)).userIds)).toEqual([
      'finance',
    ]);
    // Both regions have a sales manager; the record's region decides (EAST-T1 → 华东大区).
    expect(
      await names((await resolvePeople(db, { kind: 'role', role: 'sales_manager' }, rep01)).userIds),
    ).toEqual(['manager_east', 'manager_south']);
    const east = await resolvePeople(db, { kind: 'regionRole', role: 'sales_manager' }, rep01);
    expect(await names(east.userIds)).toEqual(['manager_east']);
    const south = await resolvePeople(
      db,
      { kind: 'regionRole', role: 'regional_manager' },
      { userId: rep01.userId, unitId: await unitId('SOUTH-T1') },
    );
    expect(await names(south.userIds)).toEqual(['rm_south']);
    // A region's own unit is in the region.
    const region = await resolvePeople(
      db,
      { kind: 'regionRole', role: 'regional_manager' },
      { userId: rep01.userId, unitId: await unitId('EAST') },
    );
    expect(await names(region.userIds)).toEqual(['rm_east']);
  });

  it('ORG-3: no match says why; the excluded person (the submitter) is left out of a role', async () => {
    expect(await resolvePeople(db, { kind: 'role', role: 'no_such_role' }, rep01)).toEqual({
      userIds: [],
      depth: null,
      reason: 'no_active_role_holder',
    });
    expect((await resolvePeople(db, { kind: 'nearestRole', role: 'finance' }, rep01)).reason).toBe(
      'no_role_holder_up_chain',
    );
    expect((await resolvePeople(db, { kind: 'levelsUp', levels: 9 }, rep01)).reason).toBe(
      'no_active_at_level',
    );
    // HQ belongs to no region.
    const hq = await resolvePeople(
      db,
      { kind: 'regionRole', role: 'sales_manager' },
      { userId: rep01.userId, unitId: await unitId('HQ') },
    );
    expect(hq).toEqual({ userIds: [], depth: null, reason: 'no_role_holder_in_region' });
    const finance = await id('finance');
    expect(
      await resolvePeople(db, { kind: 'role', role: 'finance' }, { userId: finance }, { excluding: finance }),
    ).toEqual({ userIds: [], depth: null, reason: 'only_holder_is_submitter' });
  });

  it('ORG-3: inactive people are never named; the next active person above is found', async () => {
    const managerEast = await id('manager_east');
    await db.update(users).set({ status: 'disabled' }).where(eq(users.id, managerEast));
    try {
      const people = new PeopleResolver(db, rep01);
      expect((await people.resolve({ kind: 'nearestRole', role: 'sales_manager' })).reason).toBe(
        'no_role_holder_up_chain',
      );
      expect((await people.resolve({ kind: 'levelsUp', levels: 2 })).reason).toBe('no_active_at_level');
      expect(await names((await people.resolve({ kind: 'role', role: 'sales_manager' })).userIds)).toEqual([
        'manager_south',
      ]);
      expect((await people.resolve({ kind: 'regionRole', role: 'sales_manager' })).reason).toBe(
        'no_role_holder_in_region',
      );
      expect(await names([(await people.nextActiveAbove(1))!.id])).toEqual(['rm_east']);
    } finally {
      await db.update(users).set({ status: 'active' }).where(eq(users.id, managerEast));
    }
  });
});
