import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';

async function sheetRows(body: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
  const rows: string[][] = [];
  workbook.worksheets[0]?.eachRow((row) => {
    rows.push(
      (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))),
    );
  });
  return rows;
}

describe('ORG-5: exports', async () => {
  const t = await createTestApp();

  it('ORG-5: exporting is its own permission — reading a list is not enough', async () => {
    const res = await t.request('GET', '/api/users/export', { cookie: await t.login('sup_east1') });
    expect(res.statusCode).toBe(403);
  });

  it('ORG-5: an export honours the exporter’s data scope and filters, and is audited', async () => {
    const admin = await t.login('admin');
    const roles = (await t.request('GET', '/api/roles', { cookie: admin })).json().items as {
      id: string;
      code: string;
      permissions: { permission: string; scope: string }[];
    }[];
    const sup = roles.find((r) => r.code === 'sales_supervisor')!;
    const granted = await t.request('PATCH', `/api/roles/${sup.id}`, {
      cookie: admin,
      body: { permissions: [...sup.permissions, { permission: 'user:export', scope: 'all' }] },
    });
    expect(granted.statusCode, granted.body).toBe(200);

    const res = await t.request('GET', '/api/users/export?q=rep', { cookie: await t.login('sup_east1') });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toMatch(
      /attachment; filename="users-\d{4}-\d{2}-\d{2}\.xlsx"/,
    );
    const rows = await sheetRows(res.rawPayload);
    expect(rows[0]?.slice(0, 2)).toEqual(['用户名', '姓名']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['rep01', 'rep02', 'rep03']);

    const log = (await t.request('GET', '/api/audit?action=users.export', { cookie: admin })).json();
    expect(log.items[0]).toMatchObject({ actorName: 'sup_east1', after: { rows: 3, filters: { q: 'rep' } } });
  });

  it('exports the audit and login logs with English headers on request', async () => {
    const admin = await t.login('admin');
    const audit = await t.request('GET', '/api/audit/export?entity=user', { cookie: admin, lang: 'en' });
    const auditRows = await sheetRows(audit.rawPayload);
    expect(auditRows[0]).toContain('Hash');
    expect(auditRows.slice(1).every((r) => r[3] === 'User')).toBe(true);
    // PEN-3: actions and entity types in words; the codes the hash covers kept beside it.
    const zh = await sheetRows(
      (await t.request('GET', '/api/audit/export?entity=user', { cookie: admin })).rawPayload,
    );
    expect(zh[1]?.[3]).toBe('用户');
    const actionAt = zh[0]!.indexOf('动作（原文）');
    expect(zh.slice(1).every((r) => /^[a-z]/.test(String(r[actionAt])))).toBe(true);
    expect(zh.slice(1).every((r) => !/^[a-z]/.test(String(r[5])))).toBe(true);
    const logins = await t.request('GET', '/api/login-log/export?username=admin', {
      cookie: admin,
      lang: 'en',
    });
    const loginRows = await sheetRows(logins.rawPayload);
    expect(loginRows[0]?.[1]).toBe('Username');
    expect(loginRows.length).toBeGreaterThan(1);
  });

  it('exports write times on the company’s wall clock (policy company.timeZone) and name the zone', async () => {
    const admin = await t.login('admin');
    const listed = (
      await t.request('GET', '/api/login-log?username=admin&pageSize=1', { cookie: admin })
    ).json();
    const at = listed.items[0].at as string;
    const res = await t.request('GET', '/api/login-log/export?username=admin', { cookie: admin });
    const rows = await sheetRows(res.rawPayload);
    expect(rows[0]?.[0]).toBe('时间 (北京时间 UTC+8)');
    const shanghai = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Asia/Shanghai',
      dateStyle: 'short',
      timeStyle: 'medium',
    }).format(new Date(at));
    expect(rows[1]?.[0]).toBe(shanghai);
  });
});
