import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/test-app.js';
import { files } from '../../../platform/files/tables.js';
import { importRuns } from '../../../platform/imports/tables.js';
import { customerContacts, customers } from '../tables.js';
import { creditCode, sheetRows, templateHeader, upload, waitForRun, xlsxFile } from './import-test-kit.js';

const BOM = '\uFEFF';
/** 名称,等级 / 北京,A in GBK — what Excel on a Chinese Windows saves as "CSV". */
const gbkCsv = Buffer.from([
  0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xb5, 0xc8, 0xbc, 0xb6, 0x0d, 0x0a, 0xb1, 0xb1, 0xbe, 0xa9, 0x2c, 0x41, 0x0d,
  0x0a,
]);

describe('CUS-1: customer import (item 9)', async () => {
  const t = await createTestApp();
  const cookies: Record<string, string> = {};
  const as = async (u: string) => {
    cookies[u] ??= await t.login(u);
    return cookies[u];
  };
  const ownedBy = async (username: string) => {
    const [row] = await t.database.db
      .select({ n: count() })
      .from(customers)
      .where(eq(customers.ownerId, await t.userId(username)));
    return row?.n ?? 0;
  };
  const byName = async (name: string) =>
    (await t.database.db.select().from(customers).where(eq(customers.name, name)))[0];

  it('the template has the columns (required ones starred), the levels from the policy and a notes sheet', async () => {
    const res = await t.request('GET', '/api/customers/import/template', { cookie: await as('director') });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('customer-import-template.xlsx');
    const [header] = await sheetRows(res.rawPayload);
    expect(header).toEqual(templateHeader);
    const notes = await sheetRows(res.rawPayload, 1);
    expect(notes.find((r) => r[0] === '等级*')?.[2]).toContain('A、B、C、D');
    expect(notes.find((r) => r[0] === '类型')?.[2]).toContain(
      '现有客户、目标客户、潜在客户、同行、经销商、代理商',
    );
    expect(notes.some((r) => r[0] === 'rep01')).toBe(true);

    const en = await t.request('GET', '/api/customers/import/template', {
      cookie: await as('director'),
      lang: 'en',
    });
    const [enHeader] = await sheetRows(en.rawPayload);
    expect(enHeader?.slice(0, 5)).toEqual([
      'Name*',
      'Unified social credit code',
      'Industry',
      'Type',
      'Level*',
    ]);
  });

  it('imports a CSV file saved as UTF-8 with a BOM, with English headers and labels, in the background', async () => {
    const csv =
      `${BOM}Name*,Level*,Type,Source,Phone,Credit limit (yuan),Tags,Contact,Contact phone,Owner (username)\r\n` +
      `北京华宇建材有限公司,A,Distributor,Exhibition,010-8888 0001,"1,234.5",华北；重点,王经理,"13800000001, 13800000002",rep01\r\n` +
      `"上海""新材""科技",B,existing,referral,,,,,,\r\n` +
      ',,,,,,,,,\r\n' +
      `广州南方贸易,Q,Peer,Web,,,,,,\r\n`;
    const res = await upload(t, await as('director'), { fileName: 'customers.csv', content: csv });
    expect(res.statusCode, res.body).toBe(200);
    const run = await waitForRun(t, await as('director'), res.json().id);
    expect(run).toMatchObject({ status: 'done', totalRows: 3, okRows: 2, badRows: 1 });
    // The blank line is skipped but counted in the row numbers, as Excel shows them.
    expect(run.errors).toEqual([
      { row: 5, field: 'level', column: '等级', reason: '客户等级须为：A、B、C、D' },
    ]);

    const huayu = await byName('北京华宇建材有限公司');
    expect(huayu).toMatchObject({
      type: 'distributor',
      source: 'exhibition',
      level: 'A',
      phone: '01088880001',
      creditLimitFen: 123450n,
      tags: ['华北', '重点'],
      ownerId: await t.userId('rep01'),
    });
    const [contact] = await t.database.db
      .select()
      .from(customerContacts)
      .where(eq(customerContacts.customerId, huayu!.id));
    expect(contact).toMatchObject({ name: '王经理', phones: ['13800000001', '13800000002'], isPrimary: 1 });
    // Blank owner → the importer; quotes inside a quoted CSV field survive.
    expect(await byName('上海"新材"科技')).toMatchObject({
      type: 'existing',
      source: 'referral',
      ownerId: await t.userId('director'),
    });
  });

  it('a GBK CSV is refused with how to save it as UTF-8, rather than imported as mojibake', async () => {
    const zh = await upload(t, await as('director'), { fileName: 'gbk.csv', content: gbkCsv });
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error.fields.file).toContain('UTF-8');
    expect(zh.json().error.fields.file).toContain('GBK');
    const en = await upload(t, await as('director'), { fileName: 'gbk.csv', content: gbkCsv }, {}, 'en');
    expect(en.json().error.fields.file).toMatch(/not UTF-8.*Save As/);
  });

  it('only .xlsx and .csv files with the required header columns in row 1 are accepted', async () => {
    const director = await as('director');
    const pdf = await upload(t, director, { fileName: 'list.pdf', content: '%PDF-1.4' });
    expect(pdf.statusCode).toBe(400);
    expect(pdf.json().error.fields.file).toBe('请上传 Excel（.xlsx）或 CSV（.csv）文件');
    const xls = await upload(t, director, {
      fileName: 'old.xls',
      content: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]),
    });
    expect(xls.json().error.fields.file).toContain('.xls');
    const fake = await upload(t, director, { fileName: 'fake.xlsx', content: 'name,level' });
    expect(fake.json().error.fields.file).toBe('文件不是有效的 .xlsx 工作簿');
    const noLevel = await upload(t, director, {
      fileName: 'no-level.xlsx',
      content: await xlsxFile(['名称', '电话'], [['某公司', '13800000000']]),
    });
    expect(noLevel.statusCode).toBe(400);
    expect(noLevel.json().error.fields.file).toContain('缺少必填列：等级');
    const titleRow = await upload(t, director, {
      fileName: 'title.csv',
      content: '客户清单,,\r\n名称,等级\r\n某公司,A\r\n',
    });
    expect(titleRow.json().error.fields.file).toContain('缺少必填列：名称、等级');
    const [runs] = await t.database.db
      .select({ n: count() })
      .from(importRuns)
      .where(eq(importRuns.fileName, 'no-level.xlsx'));
    expect(runs?.n).toBe(0);
  });

  it('rows are checked like the create form: credit code checksum, phones, e-mail, amounts, type and source labels', async () => {
    const director = await as('director');
    const rows = [
      ['甲公司', creditCode(1), '', '潜在客户', 'A'],
      ['乙公司', '913301000000000010', '', '', 'A'],
      ['丙公司', '', '', '', 'A', '', '12'],
      ['丁公司', '', '', '', 'A', '', '', '', '', '-5'],
      ['戊公司', '', '', '大客户', 'A', '地推'],
      ['己公司', '', '', '', 'A', '', '', '', '', '', '', '', '李四', '', '', 'not-mail'],
      ['庚公司', '', '', '', 'A', '', '', '', '', '', '', '', '', '139', '', ''],
      // A wrong level is listed beside the row's other mistakes.
      ['辛公司', '913301000000000010', '', '', 'Z'],
    ];
    const res = await upload(t, director, {
      fileName: 'checks.xlsx',
      content: await xlsxFile(templateHeader, rows),
    });
    const run = await waitForRun(t, director, res.json().id, () => {}, { lang: 'en' });
    expect(run).toMatchObject({ okRows: 1, badRows: 7 });
    const fields: Record<number, (string | null)[]> = {};
    for (const e of run.errors) fields[e.row] = [...(fields[e.row] ?? []), e.field];
    expect(fields).toEqual({
      3: ['creditCode'],
      4: ['phone'],
      5: ['creditLimit'],
      6: ['type', 'source'],
      7: ['contactEmail'],
      8: ['contactName', 'contactPhone'],
      9: ['creditCode', 'level'],
    });
    expect(run.errors.find((e) => e.row === 6)).toEqual({
      row: 6,
      field: 'type',
      column: 'Type',
      reason: 'Type must be one of: Existing, Target, Potential, Peer, Distributor, Agent',
    });
  });

  it('CUS-1: the owner column must be someone the importer may assign to; the owned cap turns extra rows bad', async () => {
    const manager = await as('manager_east');
    const owned = await ownedBy('rep02');
    const admin = await as('admin');
    const cap = await t.request('PUT', '/api/policies/customer.ownedCap', {
      cookie: admin,
      body: { value: owned + 2 },
    });
    expect(cap.statusCode, cap.body).toBe(200);
    const rows = [1, 2, 3].map((i) => [
      `上限测试${i}`,
      '',
      '',
      '',
      'B',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      'rep02',
    ]);
    rows.push(['越权测试', '', '', '', 'B', '', '', '', '', '', '', '', '', '', '', '', 'rep07']);
    const res = await upload(t, manager, {
      fileName: 'cap.xlsx',
      content: await xlsxFile(templateHeader, rows),
    });
    const run = await waitForRun(t, manager, res.json().id);
    expect(run).toMatchObject({ okRows: 2, badRows: 2 });
    expect(run.errors).toEqual([
      expect.objectContaining({
        row: 4,
        field: 'owner',
        reason: expect.stringContaining(`上限 ${owned + 2} 个`),
      }),
      expect.objectContaining({ row: 5, field: 'owner', reason: expect.stringContaining('rep07') }),
    ]);
    expect(await ownedBy('rep02')).toBe(owned + 2);
    // Policy values set at the same business instant tie; the restored value takes effect a second later.
    t.clock.advance(1000);
    await t.request('PUT', '/api/policies/customer.ownedCap', { cookie: admin, body: { value: 300 } });
  });

  it('the default owner is chosen at upload among the people the importer may assign to', async () => {
    const manager = await as('manager_east');
    const content = await xlsxFile(templateHeader, [['默认负责人测试', '', '', '', 'C']]);
    const res = await upload(
      t,
      manager,
      { fileName: 'owner.xlsx', content },
      { ownerId: await t.userId('rep01') },
    );
    expect(res.statusCode, res.body).toBe(200);
    await waitForRun(t, manager, res.json().id);
    expect((await byName('默认负责人测试'))?.ownerId).toBe(await t.userId('rep01'));
    const south = await upload(
      t,
      manager,
      { fileName: 'owner.xlsx', content },
      { ownerId: await t.userId('rep07') },
    );
    expect(south.statusCode).toBe(422);
    expect(south.json().error.fields.ownerId).toBeTruthy();
    const bad = await upload(t, manager, { fileName: 'owner.xlsx', content }, { ownerId: 'rep01' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['ownerId']);
  });

  it('ORG-6: a sales assistant imports for the salespeople of her department, not for another region', async () => {
    const assistant = await as('assistant_east');
    const row = (name: string, owner: string) => [
      name,
      '',
      '',
      '',
      'C',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      owner,
    ];
    const res = await upload(t, assistant, {
      fileName: 'assistant.xlsx',
      content: await xlsxFile(templateHeader, [row('助理代录甲', 'rep01'), row('助理代录乙', 'rep07')]),
    });
    expect(res.statusCode, res.body).toBe(200);
    const run = await waitForRun(t, assistant, res.json().id);
    expect(run).toMatchObject({ okRows: 1, badRows: 1 });
    expect(run.errors).toEqual([expect.objectContaining({ row: 3, field: 'owner' })]);
    expect((await byName('助理代录甲'))?.ownerId).toBe(await t.userId('rep01'));
  });

  it('ORG-5: a run is seen by its importer and those above them; anyone else gets 404', async () => {
    const manager = await as('manager_east');
    const res = await upload(t, manager, {
      fileName: 'scope.xlsx',
      content: await xlsxFile(templateHeader, [
        ['范围测试', '', '', '', 'A', '', '', '', '', '', '', '', '', '', '', '', 'x'],
      ]),
    });
    const id = res.json().id as string;
    await waitForRun(t, manager, id);
    for (const above of ['rm_east', 'director']) {
      expect(
        (await t.request('GET', `/api/customers/import/${id}`, { cookie: await as(above) })).statusCode,
      ).toBe(200);
    }
    for (const other of ['manager_south', 'assistant_east', 'rm_south']) {
      const cookie = await as(other);
      expect((await t.request('GET', `/api/customers/import/${id}`, { cookie })).statusCode, other).toBe(404);
      expect(
        (await t.request('GET', `/api/customers/import/${id}/errors`, { cookie })).statusCode,
        other,
      ).toBe(404);
    }
    const mine = await t.request('GET', '/api/customers/imports', { cookie: manager });
    expect(mine.json().items.map((r: { fileName: string }) => r.fileName)).toContain('scope.xlsx');
    const theirs = await t.request('GET', '/api/customers/imports', { cookie: await as('manager_south') });
    expect(theirs.json().items).toEqual([]);
  });

  it('the error workbook lists the bad rows as uploaded, with the row number and reason, to fix and re-import', async () => {
    const director = await as('director');
    const res = await upload(t, director, {
      fileName: 'fix.xlsx',
      content: await xlsxFile(templateHeader, [
        ['好行', '', '', '', 'A'],
        ['坏行一', '', '', '', 'X'],
        ['', '', '', '', 'A', '', '0571'],
      ]),
    });
    const run = await waitForRun(t, director, res.json().id);
    const file = await t.request('GET', `/api/customers/import/${run.id}/errors`, {
      cookie: director,
      lang: 'en',
    });
    expect(file.statusCode).toBe(200);
    const rows = await sheetRows(file.rawPayload);
    expect(rows[0]?.slice(0, 3)).toEqual(['Original row', 'Reason', '名称*']);
    expect(rows[1]?.slice(0, 3)).toEqual(['3', 'Level: Level must be one of: A, B, C, D', '坏行一']);
    expect(rows[2]?.[0]).toBe('4');
    expect(rows[2]?.[1]).toContain('Name: Required');
    expect(rows[2]?.[1]).toContain('Phone: Invalid phone number');

    // Fixed and imported again: the extra columns are ignored.
    const fixed = rows
      .slice(1)
      .map((r, i) =>
        r.map((c, j) =>
          j === 2 && i === 1 ? '坏行二' : j === 6 && i === 0 ? 'A' : j === 8 ? '057188880000' : c,
        ),
      );
    const again = await upload(t, director, {
      fileName: 'fixed.xlsx',
      content: await xlsxFile(rows[0] ?? [], fixed),
    });
    const rerun = await waitForRun(t, director, again.json().id);
    expect(rerun).toMatchObject({ okRows: 2, badRows: 0 });
  });

  it('a run left running by a stopped process is resumed where its last batch ended; one interrupted too often fails', async () => {
    const director = await as('director');
    const directorId = await t.userId('director');
    const content = await xlsxFile(
      templateHeader,
      [1, 2, 3, 4, 5].map((i) => [`续传测试${i}`, '', '', '', 'D']),
    );
    const runAs = async (id: string, processedRows: number, resumes: number) => {
      const [file] = await t.database.db
        .insert(files)
        .values({
          subjectType: 'import_run',
          subjectId: id,
          purpose: 'import_source',
          fileName: 'resume.xlsx',
          mimeType: 'application/octet-stream',
          sizeBytes: content.length,
          sha256: 'x',
          content,
        })
        .returning({ id: files.id });
      const [unit] = await t.database.db.select().from(importRuns).limit(1);
      await t.database.db.insert(importRuns).values({
        id,
        kind: 'customer',
        status: 'running',
        fileId: file!.id,
        fileName: 'resume.xlsx',
        ownerId: directorId,
        unitId: unit!.unitId,
        totalRows: 5,
        processedRows,
        okRows: processedRows,
        options: { lang: 'zh-CN', resumes },
        startedAt: new Date(t.clock.now().getTime() - 10 * 60_000),
        updatedAt: new Date(t.clock.now().getTime() - 5 * 60_000),
      });
    };
    const resumed = '0b8a0f6e-0000-4000-8000-000000000001';
    const exhausted = '0b8a0f6e-0000-4000-8000-000000000002';
    await runAs(resumed, 2, 0);
    await runAs(exhausted, 0, 3);
    const job = await t.request('POST', '/api/jobs/imports.run/run', { cookie: await as('admin'), body: {} });
    expect(job.json()).toMatchObject({ result: 'ok' });

    const done = await waitForRun(t, director, resumed);
    expect(done).toMatchObject({ status: 'done', processedRows: 5, okRows: 5 });
    // Rows 1–2 were the stopped process's batch; only rows 3–5 were written now.
    expect(await byName('续传测试2')).toBeUndefined();
    expect(await byName('续传测试3')).toBeDefined();
    const failed = await waitForRun(t, director, exhausted);
    expect(failed).toMatchObject({ status: 'failed', processedRows: 0 });
    expect(failed.message).toContain('多次被中断');
    const [stillRunning] = await t.database.db
      .select({ n: count() })
      .from(importRuns)
      .where(and(eq(importRuns.status, 'running')));
    expect(stillRunning?.n).toBe(0);
  });
});
