import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { multipartBody } from '../../../../test/multipart.js';
import type { TestApp } from '../../../../test/test-app.js';
import type { TImportRun } from '../../../platform/imports/schemas.js';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A valid 统一社会信用代码 made from a number (tests only). */
export function creditCode(n: number): string {
  const body = `91330100${String(n).padStart(9, '0')}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(body.charAt(i)) * (WEIGHTS[i] ?? 0);
  return body + ALPHABET.charAt((31 - (sum % 31)) % 31);
}

export const templateHeader = [
  '名称*',
  '统一社会信用代码',
  '行业',
  '类型',
  '等级*',
  '来源',
  '电话',
  '地址',
  '网站',
  '信用额度(元)',
  '信用等级',
  '标签',
  '联系人',
  '联系人电话',
  '联系人职务',
  '联系人邮箱',
  '负责人(用户名)',
];

/** A one-sheet workbook: the header row, then the rows. */
export async function xlsxFile(header: string[], rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('客户');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function upload(
  t: TestApp,
  cookie: string,
  file: { fileName: string; content: Buffer | string },
  fields: Record<string, string> = {},
  lang?: string,
) {
  const { payload, headers } = multipartBody(file, fields);
  return t.app.inject({
    method: 'POST',
    url: '/api/customers/import',
    payload,
    headers: { ...headers, cookie, ...(lang ? { 'accept-language': lang } : {}) },
  });
}

/** Polls a run until it is done or failed; `onPoll` sees every state on the way. */
export async function waitForRun(
  t: TestApp,
  cookie: string,
  id: string,
  onPoll: (run: TImportRun) => void = () => {},
  opts: { lang?: string; timeoutMs?: number } = {},
): Promise<TImportRun> {
  const deadline = performance.now() + (opts.timeoutMs ?? 60_000);
  for (;;) {
    const res = await t.request('GET', `/api/customers/import/${id}`, {
      cookie,
      ...(opts.lang ? { lang: opts.lang } : {}),
    });
    expect(res.statusCode, res.body).toBe(200);
    const run = res.json() as TImportRun;
    onPoll(run);
    if (run.status === 'done' || run.status === 'failed') return run;
    if (performance.now() > deadline) throw new Error(`import ${id} still ${run.status} after timeout`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The rows of a workbook's first sheet as text. */
export async function sheetRows(body: Buffer, sheet = 0): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
  const rows: string[][] = [];
  workbook.worksheets[sheet]?.eachRow((row) => {
    rows.push(
      (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))),
    );
  });
  return rows;
}
