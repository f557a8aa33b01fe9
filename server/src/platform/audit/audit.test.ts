import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { verifyAuditChain } from './verify.js';

describe('PEN-3: audit trail', async () => {
  const t = await createTestApp();

  it('PEN-3: every write leaves an audit row with actor, entity, before and after, request id and IP', async () => {
    const admin = await t.login('admin');
    const rep = await t.userId('rep11');
    const res = await t.request('PATCH', `/api/users/${rep}`, {
      cookie: admin,
      body: { displayName: '褚强强' },
    });
    expect(res.statusCode).toBe(200);
    const log = await t.request('GET', `/api/audit?entity=user&entityId=${rep}&action=user.update`, {
      cookie: admin,
    });
    const [row] = log.json().items;
    expect(row).toMatchObject({ actorName: 'admin', action: 'user.update', ip: '127.0.0.1' });
    expect(row.requestId).toBe(res.headers['x-request-id']);
    expect(row.before.displayName).toBe('褚强');
    expect(row.after.displayName).toBe('褚强强');
    expect(JSON.stringify(row)).not.toContain('passwordHash');
  });

  it('PEN-3: the trail names people: the writer and anyone the change names, by their names', async () => {
    const admin = await t.login('admin');
    const adminId = await t.userId('admin');
    const rep = await t.userId('rep12');
    const sup = await t.userId('sup_east1');
    const unit = (await t.request('GET', `/api/users/${sup}`, { cookie: admin })).json().unit.id;
    const moved = await t.request('POST', `/api/users/${rep}/move`, {
      cookie: admin,
      body: { unitId: unit, superiorId: sup, position: '销售代表', reason: '调整' },
    });
    expect(moved.statusCode).toBe(200);
    const log = await t.request('GET', `/api/audit?actorId=${adminId}&action=user.move&entityId=${rep}`, {
      cookie: admin,
    });
    const [row] = log.json().items;
    const names = (await t.request('GET', `/api/users/${sup}`, { cookie: admin })).json();
    expect(row.actor).toMatchObject({ id: adminId, username: 'admin' });
    expect(row.people[sup]).toBe(names.displayName);
    expect(row.people[rep]).toBeTypeOf('string');
    // Another writer's rows are not in the admin's filter.
    const other = await t.request('GET', `/api/audit?actorId=${sup}&action=user.move`, { cookie: admin });
    expect(other.json().items).toEqual([]);
  });

  it('PEN-3: a writer filter that is not a person id is refused field by field', async () => {
    const admin = await t.login('admin');
    const res = await t.request('GET', '/api/audit?actorId=admin', { cookie: admin });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('actorId');
  });

  it('PEN-3: a write that fails leaves no audit row (same transaction)', async () => {
    const admin = await t.login('admin');
    const before = (await t.request('GET', '/api/audit?pageSize=1', { cookie: admin })).json().total;
    const sup = await t.userId('sup_east1');
    const unit = (await t.request('GET', `/api/users/${sup}`, { cookie: admin })).json().unit.id;
    const refused = await t.request('POST', `/api/users/${sup}/move`, {
      cookie: admin,
      body: { unitId: unit, superiorId: sup, position: 'x', reason: 'y' },
    });
    expect(refused.statusCode).toBe(422);
    const after = (await t.request('GET', '/api/audit?pageSize=1', { cookie: admin })).json().total;
    expect(after).toBe(before + 0);
  });

  it('PEN-3: the chain verifies on demo data, and names the row that was altered in SQL', async () => {
    const admin = await t.login('admin');
    const ok = await t.request('POST', '/api/audit/verify', { cookie: admin });
    expect(ok.json()).toMatchObject({ ok: true });
    expect(ok.json().checked).toBeGreaterThan(40);

    const target = (
      await t.request('GET', '/api/audit?entity=user&action=user.create&order=asc&pageSize=3', {
        cookie: admin,
      })
    ).json().items[2];
    await t.database.db.execute(
      sql`update audit_log set after = jsonb_set(after, '{displayName}', '"篡改"') where id = ${target.id}`,
    );
    const broken = await verifyAuditChain(t.database.db);
    expect(broken.ok).toBe(false);
    expect(broken.brokenAt).toEqual({ id: target.id, reason: 'hash_mismatch' });
    const viaApi = await t.request('POST', '/api/audit/verify', { cookie: admin });
    expect(viaApi.json().brokenAt.id).toBe(target.id);
  });
});

describe('PEN-3: audit chain links', async () => {
  const fresh = await createTestApp();

  it('PEN-3: deleting a row breaks the link of the next one', async () => {
    const rows = (
      await fresh.request('GET', '/api/audit?order=asc&pageSize=5', { cookie: await fresh.login('admin') })
    ).json().items;
    await fresh.database.db.execute(sql`delete from audit_log where id = ${rows[1].id}`);
    const report = await verifyAuditChain(fresh.database.db);
    expect(report.brokenAt).toEqual({ id: rows[2].id, reason: 'link_mismatch' });
  });
});
