import { and, count, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/test-app.js';
import { auditLog } from '../../../platform/audit/tables.js';
import { timelineEvents } from '../../../platform/timeline/tables.js';
import { customers } from '../tables.js';
import { creditCode, sheetRows, templateHeader, upload, waitForRun, xlsxFile } from './import-test-kit.js';

const TOTAL = 10_000;
const pad = (n: number) => String(n).padStart(8, '0');
const types = ['现有客户', '目标客户', '潜在客户', '同行', '经销商', '代理商'];
const sources = ['电话', '网络', '拜访', '展会', '转介绍', '其他'];

/** Every 20th data row is bad (5%), each with one problem of eight kinds; its column is the expected field. */
const badKinds = [
  { field: 'name', cells: { 0: '' } },
  { field: 'creditCode', cells: { 1: '91330100000000001X' } },
  { field: 'phone', cells: { 6: 'abc' } },
  { field: 'level', cells: { 4: 'Z' } },
  { field: 'type', cells: { 3: '大客户' } },
  { field: 'creditLimit', cells: { 9: '12.345' } },
  { field: 'owner', cells: { 16: 'nobody' } },
  { field: 'contactEmail', cells: { 15: 'not-an-email' } },
] as const;
const isBad = (i: number) => i % 20 === 19;
const badKind = (i: number) => badKinds[Math.floor(i / 20) % badKinds.length]!;

/** Rows that look like an existing customer or an earlier row of the file (refused, CUS-1 no 撞单): data index → how. */
const existing = {
  code: creditCode(900_001),
  phone: '02188880001',
  name: '老客户丙有限公司',
};
const dupOf: Record<number, { by: string; of: 'existing' | number }> = {
  100: { by: 'creditCode', of: 'existing' },
  200: { by: 'phone', of: 'existing' },
  300: { by: 'name', of: 'existing' },
  505: { by: 'name', of: 500 }, // same batch
  5000: { by: 'name', of: 10 }, // an earlier batch
  7000: { by: 'phone', of: 20 },
  9000: { by: 'creditCode', of: 40 },
};

function dataRow(i: number): unknown[] {
  const row: unknown[] = [
    `导入测试${i}号`,
    creditCode(i),
    '制造',
    types[i % types.length],
    ['A', 'B', 'C', 'D'][i % 4],
    sources[i % sources.length],
    `0571${pad(i)}`,
    `杭州市第${i}号`,
    '',
    i % 2 === 0 ? '12,345.60' : 50000,
    'A',
    '华东,重点',
    `联系人${i}`,
    `139${pad(i)}`,
    '经理',
    `c${i}@example.com`,
    i % 13 === 0 ? '' : `rep${String((i % 12) + 1).padStart(2, '0')}`,
  ];
  const dup = dupOf[i];
  if (dup) {
    const src = dup.of === 'existing' ? null : dataRow(dup.of);
    if (dup.by === 'creditCode') row[1] = src ? src[1] : existing.code;
    if (dup.by === 'phone') row[13] = src ? src[13] : existing.phone;
    if (dup.by === 'name') row[0] = src ? src[0] : '老客户丙';
  }
  if (isBad(i)) {
    row[0] = `坏行${i}`;
    for (const [col, value] of Object.entries(badKind(i).cells)) row[Number(col)] = value;
  }
  return row;
}

describe('item 9 acceptance: a 10,000-row import with 5% bad rows', async () => {
  const t = await createTestApp();
  const director = await t.login('director');
  const admin = await t.login('admin');

  it('CUS-1: every good row in, every bad row reported with its number and reason, duplicates refused naming the existing customer and owner, progress visible', async () => {
    // Reps may own more than the default cap for this volume (the cap itself is tested separately).
    const cap = await t.request('PUT', '/api/policies/customer.ownedCap', {
      cookie: admin,
      body: { value: 5000 },
    });
    expect(cap.statusCode, cap.body).toBe(200);
    // Three customers already on file.
    const seed = await upload(t, director, {
      fileName: 'existing.xlsx',
      content: await xlsxFile(templateHeader, [
        ['老客户甲', existing.code, '', '', 'A'],
        ['老客户乙', '', '', '', 'A', '', existing.phone],
        [existing.name, '', '', '', 'A'],
      ]),
    });
    const seeded = await waitForRun(t, director, seed.json().id);
    expect(seeded).toMatchObject({ status: 'done', okRows: 3 });
    const [before] = await t.database.db.select({ n: count() }).from(customers);

    const rows = Array.from({ length: TOTAL }, (_, i) => dataRow(i));
    const content = await xlsxFile(templateHeader, rows);
    const started = performance.now();
    const res = await upload(t, director, { fileName: '客户一万行.xlsx', content });
    expect(res.statusCode, res.body).toBe(200);
    // The answer does not wait for the rows: the run is queued, or the runner has just taken it.
    expect(res.json()).toMatchObject({ fileName: '客户一万行.xlsx', totalRows: TOTAL });
    expect(['queued', 'running']).toContain(res.json().status);
    expect(res.json().processedRows).toBeLessThan(TOTAL);

    let sawProgress = false;
    const run = await waitForRun(
      t,
      director,
      res.json().id,
      (r) => {
        if (r.processedRows > 0 && r.processedRows < r.totalRows) sawProgress = true;
      },
      { timeoutMs: 170_000 },
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(`10,000-row import: ${seconds.toFixed(1)} s`);

    expect(sawProgress, 'progress seen strictly between 0 and the total').toBe(true);
    const bad = rows.map((_r, i) => i).filter(isBad);
    const dups = Object.keys(dupOf).map(Number);
    const refused = [...bad, ...dups].sort((a, b) => a - b);
    expect(run).toMatchObject({
      status: 'done',
      totalRows: TOTAL,
      processedRows: TOTAL,
      okRows: TOTAL - refused.length,
      badRows: refused.length,
      duplicateRows: 0,
      message: null,
    });
    expect(bad.length).toBe(500);

    // Every bad row: its Excel row number (header = row 1) and the reason, on the right column.
    expect(run.errorCount).toBe(refused.length);
    const reported = new Map(run.errors.map((e) => [e.row, e]));
    // The run lists the first 500 bad rows (the error workbook below has them all).
    expect(run.errors.length).toBe(500);
    const listed = new Set(refused.slice(0, 500));
    for (const i of bad.filter((b) => listed.has(b))) {
      const e = reported.get(i + 2);
      expect(e, `row ${i + 2}`).toBeDefined();
      expect(e?.field).toBe(badKind(i).field);
      expect(e?.reason.length).toBeGreaterThan(1);
      expect(e?.column).toBeTruthy();
    }
    // CUS-1 (no 撞单): a duplicate row is refused, naming the existing customer and its owner, or the earlier row.
    for (const i of dups) {
      expect(listed.has(i), `row ${i + 2} listed`).toBe(true);
      const e = reported.get(i + 2);
      const dup = dupOf[i]!;
      expect(e, `row ${i + 2}`).toBeDefined();
      if (dup.of === 'existing') {
        const name = { creditCode: '老客户甲', phone: '老客户乙', name: existing.name }[dup.by]!;
        expect(e?.reason).toContain(`与已有客户「${name}」重复`);
        expect(e?.reason).toContain('负责人：刘建国');
      } else if (i === 505) {
        expect(e?.reason).toContain(`与本文件第 ${dup.of + 2} 行「导入测试${dup.of}号」重复`);
      } else {
        expect(e?.reason).toContain(`与已有客户「导入测试${dup.of}号」重复`);
      }
    }
    // The error workbook holds all of them with the row as uploaded.
    const file = await t.request('GET', `/api/customers/import/${run.id}/errors`, { cookie: director });
    expect(file.statusCode).toBe(200);
    const errorRows = await sheetRows(file.rawPayload);
    expect(errorRows[0]?.slice(0, 3)).toEqual(['原行号', '错误原因', '名称*']);
    expect(errorRows.slice(1).map((r) => Number(r[0]))).toEqual(refused.map((i) => i + 2));
    expect(errorRows.slice(1).every((r) => (r[1] ?? '').length > 0)).toBe(true);

    // The customers table gained exactly the good rows, none of the bad or duplicate ones.
    const [after] = await t.database.db.select({ n: count() }).from(customers);
    expect((after?.n ?? 0) - (before?.n ?? 0)).toBe(TOTAL - refused.length);
    const badNames = bad.map((i) => `坏行${i}`);
    const [leaked] = await t.database.db
      .select({ n: count() })
      .from(customers)
      .where(inArray(customers.name, badNames));
    expect(leaked?.n).toBe(0);
    const [sample] = await t.database.db.select().from(customers).where(eq(customers.name, '导入测试2号'));
    expect(sample).toMatchObject({
      type: 'potential',
      level: 'C',
      source: 'visit',
      creditLimitFen: 1234560n,
    });
    const [rep03] = await t.database.db.select().from(customers).where(eq(customers.name, '导入测试3号'));
    expect(rep03?.ownerId).toBe(await t.userId('rep04'));

    // Audit and timeline per customer, and the audit chain still verifies.
    const [audited] = await t.database.db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.action, 'customer.import'));
    expect(audited?.n).toBe(TOTAL - refused.length + 3);
    const [events] = await t.database.db
      .select({ n: count() })
      .from(timelineEvents)
      .where(and(eq(timelineEvents.kind, 'customer.imported')));
    expect(events?.n).toBe(TOTAL - refused.length + 3);
    const verified = await t.request('POST', '/api/audit/verify', { cookie: admin, body: {} });
    expect(verified.json()).toMatchObject({ ok: true });
  }, 180_000);
});
