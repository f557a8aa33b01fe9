import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { contracts } from '../src/modules/contracts/tables.js';
import { templateHeader, waitForRun } from '../src/modules/customers/import/import-test-kit.js';
import { approvedCompanyTarget, unitId } from '../src/modules/targets/sets/test-kit.js';
import { files } from '../src/platform/files/tables.js';
import { users } from '../src/platform/org/tables.js';
import { signedContractFixture } from './money-fixtures.js';
import { multipartBody } from './multipart.js';
import { createTestApp } from './test-app.js';

const LIMIT_MB = 1;
const LIMIT = LIMIT_MB * 1024 * 1024;
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A file of exactly `size` bytes; not all zeros, so a cut or shifted copy has another hash. */
const bytes = (size: number) => {
  const b = Buffer.alloc(size);
  for (let i = 0; i < size; i++) b[i] = (i * 31 + (i >> 8)) & 0xff;
  return b;
};

/** A customer-import CSV of exactly `size` bytes: the header, one customer, then blanks (trimmed). */
const importCsv = (size: number) => {
  const row = ['上传边界客户', '', '', '', 'B', ...templateHeader.slice(5).map(() => '')];
  const text = `${templateHeader.join(',')}\n${row.join(',')}`;
  const head = Buffer.from(text);
  return Buffer.concat([head, Buffer.alloc(size - head.length, ' ')]);
};

/**
 * Uploads are never cut short: every upload route answers 413 FILE_TOO_LARGE above UPLOAD_MAX_MB
 * and stores nothing, and stores a file of exactly the limit byte for byte.
 */
describe('uploads at the size limit (UPLOAD_MAX_MB)', async () => {
  const t = await createTestApp({ uploadMaxMb: LIMIT_MB });
  const rep = await t.login('rep01');
  const assistant = await t.login('assistant_east');

  const customer = (
    await t.request('POST', '/api/customers', { cookie: rep, body: { name: '上传上限公司', level: 'B' } })
  ).json().customer.id as string;
  const { contract: signed } = await signedContractFixture(t.database, t.clock, {
    ownerUsername: 'rep01',
    customerId: customer,
    amountFen: 1_000_000n,
    signedOn: '2026-02-01',
  });
  const order = await t.request('POST', '/api/orders', {
    cookie: rep,
    body: {
      contractId: signed.id,
      expectedShipDate: '2026-03-20',
      lines: [{ productName: '工业阀门 DN50', unit: '台', quantity: 1 }],
    },
  });
  expect(order.statusCode, order.body).toBe(200);
  const payment = await t.request('POST', '/api/payments', {
    cookie: rep,
    body: {
      method: 'cash',
      receivedOn: '2026-03-02',
      payer: '客户财务部',
      customerId: customer,
      contractId: signed.id,
      amountFen: '100000',
    },
  });
  expect(payment.statusCode, payment.body).toBe(200);
  // An approved contract awaiting its signed scan (the approval flow is tested in modules/contracts).
  const [owner] = await t.database.db.select().from(users).where(eq(users.username, 'rep01'));
  const [approved] = await t.database.db
    .insert(contracts)
    .values({
      number: 'UPLOAD-LIMIT-1',
      kind: 'main',
      customerId: customer,
      title: '上传上限合同',
      ownerId: owner!.id,
      unitId: owner!.unitId,
      amountFen: 500_000n,
      status: 'approved',
    })
    .returning();

  // A visit under way, which takes photos (VIS-4); a photo is an image by its first bytes.
  const visit = (
    await t.request('POST', '/api/visits', {
      cookie: rep,
      body: { customerId: customer, purpose: 'maintenance', plannedMinutes: 60 },
    })
  ).json().id as string;
  expect(
    (await t.request('POST', `/api/visits/${visit}/check-in`, { cookie: rep, body: { location: 'denied' } }))
      .statusCode,
  ).toBe(200);
  // PLAN-3: a draft split of the company's target, which takes a target sheet.
  await approvedCompanyTarget(t, { year: 2027, metric: 'signed_amount', value: 10_000_000n });
  const director = await t.login('director');
  const targetSet = (
    await t.request('POST', '/api/target-sets', {
      cookie: director,
      body: { unitId: await unitId(t, 'HQ'), year: 2027, metric: 'signed_amount' },
    })
  ).json().set.id as string;
  /** A target sheet (CSV) of exactly `size` bytes: the header, the east region's year, then blanks. */
  const targetCsv = (size: number) => {
    const head = Buffer.from('下级,类型,编码/账号,全年\n华东大区,大区,EAST,1000\n');
    return Buffer.concat([head, Buffer.alloc(size - head.length, ' ')]);
  };
  // PEN-2: a violation recorded by the supervisor, which takes evidence files.
  const supervisor = await t.login('sup_east1');
  const violation = await t.request('POST', '/api/violations', {
    cookie: supervisor,
    body: {
      userId: owner!.id,
      category: 'other',
      occurredAt: '2026-03-01T02:00:00.000Z',
      description: '上传上限测试的违规记录',
    },
  });
  expect(violation.statusCode, violation.body).toBe(200);
  const png = (size: number) =>
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), bytes(size - 8)]);
  // EXP-3: a draft expense claim, whose lines take a receipt image each.
  const claim = await t.request('POST', '/api/expense-claims', {
    cookie: rep,
    body: {
      lines: [
        {
          spentOn: '2026-02-20',
          category: 'meals',
          amountFen: '12000',
          invoiceNo: 'UPL-1',
          merchant: '上传测试餐馆',
        },
      ],
    },
  });
  expect(claim.statusCode, claim.body).toBe(200);
  // DOC-1: a catalogued document, which takes versions; SVC-3: a praise record, which takes evidence.
  const document = await t.request('POST', '/api/documents', {
    cookie: assistant,
    body: { title: '上传上限档案', category: 'company_document', confidentiality: 'public' },
  });
  expect(document.statusCode, document.body).toBe(200);
  const praise = await t.request('POST', '/api/praise', {
    cookie: supervisor,
    body: {
      customerId: customer,
      userId: owner!.id,
      day: '2026-03-01',
      kind: 'praise',
      description: '上传上限测试的表扬',
    },
  });
  expect(praise.statusCode, praise.body).toBe(200);

  const routes: { name: string; url: string; cookie: string; file: (size: number) => Buffer }[] = [
    {
      name: 'CUS-1 customer attachment',
      url: `/api/customers/${customer}/attachments`,
      cookie: rep,
      file: bytes,
    },
    {
      name: 'Q2C-7 contract scan',
      url: `/api/contracts/${approved!.id}/scan`,
      cookie: assistant,
      file: bytes,
    },
    {
      name: 'AR-3 payment slip',
      url: `/api/payments/${payment.json().id}/attachments`,
      cookie: rep,
      file: bytes,
    },
    {
      name: 'Q2C-10 order document scan',
      url: `/api/orders/${order.json().id}/documents/certificate/file`,
      cookie: rep,
      file: bytes,
    },
    { name: 'CUS-1 customer import', url: '/api/customers/import', cookie: assistant, file: importCsv },
    { name: 'VIS-4 visit photo', url: `/api/visits/${visit}/photos`, cookie: rep, file: png },
    {
      name: 'PLAN-3 target sheet import',
      url: `/api/target-sets/${targetSet}/import`,
      cookie: director,
      file: targetCsv,
    },
    {
      name: 'PEN-2 violation evidence',
      url: `/api/violations/${violation.json().id}/evidence`,
      cookie: supervisor,
      file: bytes,
    },
    {
      name: 'EXP-3 expense receipt',
      url: `/api/expense-claims/${claim.json().id}/lines/${claim.json().lines[0].id}/receipt`,
      cookie: rep,
      file: png,
    },
    {
      name: 'DOC-1 document version',
      url: `/api/documents/${document.json().id}/versions`,
      cookie: assistant,
      file: bytes,
    },
    {
      name: 'SVC-3 praise evidence',
      url: `/api/praise/${praise.json().id}/evidence`,
      cookie: supervisor,
      file: bytes,
    },
  ];

  it('every multipart route of the registry is covered here', () => {
    const registered = t.routes
      .filter(
        (r) => r.upload || (r.method === 'POST' && /attachments$|\/scan$|\/file$|\/import$/.test(r.url)),
      )
      .map((r) => r.url)
      .sort();
    expect(registered).toEqual(
      [
        '/api/contracts/:id/scan',
        '/api/customers/:id/attachments',
        '/api/customers/import',
        '/api/orders/:id/documents/:kind/file',
        '/api/payments/:id/attachments',
        '/api/visits/:id/photos',
        '/api/target-sets/:id/import',
        '/api/violations/:id/evidence',
        '/api/expense-claims/:id/lines/:lineId/receipt',
        '/api/documents/:id/versions',
        '/api/praise/:id/evidence',
      ].sort(),
    );
    expect(routes).toHaveLength(registered.length);
  });

  const fileIds = async () =>
    new Set((await t.database.db.select({ id: files.id }).from(files)).map((f) => f.id));
  const upload = (url: string, cookie: string, content: Buffer, lang?: string) => {
    const mp = multipartBody({ fileName: 'upload.csv', content, mimeType: 'text/csv' });
    return t.app.inject({
      method: 'POST',
      url,
      headers: { cookie, ...mp.headers, ...(lang ? { 'accept-language': lang } : {}) },
      payload: mp.payload,
    });
  };

  /**
   * The body arrives in two pieces, the first ending exactly at the limit inside the file: the
   * parser then sees the excess only in the next piece and ends the file without an error (the
   * case that used to store a cut file with a 200).
   */
  const uploadSplitAtLimit = (url: string, cookie: string, content: Buffer) => {
    const mp = multipartBody({ fileName: 'upload.csv', content, mimeType: 'text/csv' });
    const cut = mp.payload.indexOf(content) + LIMIT;
    const pieces = [mp.payload.subarray(0, cut), mp.payload.subarray(cut)];
    const payload = new Readable({
      read() {
        const next = pieces.shift();
        if (next) setTimeout(() => this.push(next), 20);
        else this.push(null);
      },
    });
    return t.app.inject({ method: 'POST', url, headers: { cookie, ...mp.headers }, payload });
  };

  for (const route of routes) {
    it(`${route.name}: limit + 1 byte is 413 FILE_TOO_LARGE and nothing is stored`, async () => {
      const before = await fileIds();
      const res = await upload(route.url, route.cookie, route.file(LIMIT + 1), 'en');
      expect(res.statusCode, res.body).toBe(413);
      expect(res.json().error).toEqual({
        code: 'FILE_TOO_LARGE',
        message: 'The file must not exceed 1 MB; nothing was stored',
        fields: { file: 'The file must not exceed 1 MB' },
      });
      expect(await fileIds()).toEqual(before);
      // Far above the limit too (the parser stops reading the file part early).
      const far = await upload(route.url, route.cookie, route.file(3 * LIMIT));
      expect(far.statusCode).toBe(413);
      expect(far.json().error.message).toBe('文件不能超过 1 MB，未保存');
      expect(await fileIds()).toEqual(before);
      const split = await uploadSplitAtLimit(route.url, route.cookie, route.file(LIMIT + 1));
      expect(split.statusCode, split.body).toBe(413);
      expect(await fileIds()).toEqual(before);
    });

    it(`${route.name}: a file of exactly the limit is stored whole (same SHA-256)`, async () => {
      const before = await fileIds();
      const content = route.file(LIMIT);
      expect(content.length).toBe(LIMIT);
      const res = await upload(route.url, route.cookie, content);
      expect(res.statusCode, res.body).toBe(200);
      const added = [...(await fileIds())].filter((id) => !before.has(id));
      expect(added).toHaveLength(1);
      const [stored] = await t.database.db.select().from(files).where(eq(files.id, added[0]!));
      expect(stored!.sizeBytes).toBe(LIMIT);
      expect(sha256(Buffer.from(stored!.content))).toBe(sha256(content));
      expect(stored!.sha256).toBe(sha256(content));
      if (route.url === '/api/customers/import') await waitForRun(t, route.cookie, res.json().id);
    });
  }
});
