import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { multipartBody } from '../../../../test/multipart.js';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';
import { queryRows } from '../../../db/client.js';
import type { TTargetSheet, TTargetTree } from './schemas.js';
import { approvedCompanyTarget, customerWon, sessions, unitId } from './test-kit.js';

let t: TestApp;
let s: ReturnType<typeof sessions>;
const u: Record<'hq' | 'east' | 'south' | 'fin', string> = { hq: '', east: '', south: '', fin: '' };
const YEAR = 2027;

beforeAll(async () => {
  t = await createTestApp();
  s = sessions(t);
  u.hq = await unitId(t, 'HQ');
  u.east = await unitId(t, 'EAST');
  u.south = await unitId(t, 'SOUTH');
  u.fin = await unitId(t, 'FIN');
  await approvedCompanyTarget(t, {
    year: YEAR,
    metric: 'new_customers',
    value: 120n,
    months: Array.from({ length: 12 }, () => 10n),
  });
  await approvedCompanyTarget(t, { year: YEAR, metric: 'signed_amount', value: 10_000_000n });
  // Last year's new customers: three in the east (January, February, March), one in the south (January).
  await customerWon(t, 'rep01', '2026-01-10');
  await customerWon(t, 'rep01', '2026-02-10');
  await customerWon(t, 'rep04', '2026-03-05');
  await customerWon(t, 'rep07', '2026-01-20');
});

const figures = (sheet: TTargetSheet, id: string) => sheet.children.find((c) => c.id === id)?.values;
const zeros = (n: number) => Array.from({ length: n }, () => '0');

async function upload(setId: string, fileName: string, content: Buffer | string, lang?: string) {
  const { payload, headers } = multipartBody({ fileName, content });
  return t.app.inject({
    method: 'POST',
    url: `/api/target-sets/${setId}/import`,
    headers: { ...headers, cookie: await s.as('director'), ...(lang ? { 'accept-language': lang } : {}) },
    payload,
  });
}

async function workbook(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('目标分解');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('splitting helpers, the Excel target sheet and the tree (PLAN-3)', () => {
  let counts: TTargetSheet;
  let amounts: TTargetSheet;

  it('PLAN-3: by last year’s share — each region’s share of last year’s new customers, its months in last year’s shape', async () => {
    counts = await s.ok<TTargetSheet>('director', 'POST', '/api/target-sets', {
      unitId: u.hq,
      year: YEAR,
      metric: 'new_customers',
    });
    expect(counts.money).toBe(false);
    counts = await s.ok<TTargetSheet>('director', 'POST', `/api/target-sets/${counts.set!.id}/split`, {
      method: 'last_year',
      months: 'last_year',
    });
    expect(counts.set?.splitMethod).toBe('last_year');
    expect(figures(counts, u.east)).toEqual({ year: '90', months: ['30', '30', '30', ...zeros(9)] });
    expect(figures(counts, u.south)).toEqual({ year: '30', months: ['30', ...zeros(11)] });
    expect(counts.sums.year).toBe('120');
    expect(counts.gaps.year).toBe('0');
    // The company's months are 10 each: the months show their gaps.
    expect(counts.gaps.months.slice(0, 4)).toEqual(['-50', '-20', '-20', '10']);
    expect(counts.hasGap).toBe(true);

    const nothing = await s.call('director', 'POST', `/api/target-sets/${counts.set!.id}/split`, {
      method: 'last_year',
      children: [{ type: 'unit', id: u.fin }],
    });
    expect(nothing.statusCode).toBe(422);
    expect(nothing.json().error).toMatchObject({
      code: 'TARGET_SPLIT_NO_BASIS',
      fields: { method: expect.any(String) },
    });
  });

  it('PLAN-3: by weights 3 : 2 following the company’s months, the split sums exactly in every period; a missing weight is named', async () => {
    const missing = await s.call('director', 'POST', `/api/target-sets/${counts.set!.id}/split`, {
      method: 'weights',
      children: [
        { type: 'unit', id: u.east, weight: 3 },
        { type: 'unit', id: u.south },
      ],
    });
    expect(missing.statusCode).toBe(400);
    expect(Object.keys(missing.json().error.fields)).toEqual(['children.1.weight']);
    const stranger = await s.call('director', 'POST', `/api/target-sets/${counts.set!.id}/split`, {
      method: 'even',
      children: [{ type: 'user', id: await t.userId('rep01') }],
    });
    expect(stranger.json().error.fields).toEqual({ 'children.0.id': '不是本单位的下级单位或本单位人员' });

    counts = await s.ok<TTargetSheet>('director', 'POST', `/api/target-sets/${counts.set!.id}/split`, {
      method: 'weights',
      children: [
        { type: 'unit', id: u.east, weight: 3 },
        { type: 'unit', id: u.south, weight: 2 },
      ],
    });
    expect(figures(counts, u.east)).toEqual({ year: '72', months: Array.from({ length: 12 }, () => '6') });
    expect(figures(counts, u.south)?.year).toBe('48');
    expect(counts.children.find((c) => c.id === u.east)?.weight).toBe(3);
    expect(counts).toMatchObject({ hasGap: false, sums: { year: '120' } });
  });

  it('PLAN-2/PLAN-3: a rejected split goes back to its author’s 待办 and round again', async () => {
    await s.ok('director', 'POST', `/api/target-sets/${counts.set!.id}/submit`, {});
    const [request] = await queryRows<{ id: string }>(
      t.database.db,
      sql`select id::text as id from approval_requests where doc_id = ${counts.set!.id}`,
    );
    await s.ok('gm', 'POST', `/api/approvals/${request!.id}/reject`, { comment: '华南权重偏低' });
    const back = await s.ok<TTargetSheet>('director', 'GET', `/api/target-sets/${counts.set!.id}`);
    expect(back).toMatchObject({ set: { status: 'rejected' }, canEdit: true, canSubmit: true });
    const todo = await s.ok('director', 'GET', '/api/todo');
    const mine = todo.sections.find((x: { key: string }) => x.key === 'targets.setsToSubmit');
    expect(mine.items).toEqual([
      expect.objectContaining({
        subject: '销管示范有限公司',
        link: `/targets/sets/${counts.set!.id}`,
        detail: { 'zh-CN': '已驳回，请修改后重新提交', en: 'Rejected: revise it and submit again' },
      }),
    ]);
    const again = await s.ok<TTargetSheet>(
      'director',
      'POST',
      `/api/target-sets/${counts.set!.id}/submit`,
      {},
    );
    expect(again.set?.status).toBe('submitted');
  });

  it('PLAN-3: the Excel target sheet — each child’s year and months in yuan, then the total, the unit’s target and the gap; audited', async () => {
    amounts = await s.ok<TTargetSheet>('director', 'POST', '/api/target-sets', {
      unitId: u.hq,
      year: YEAR,
      metric: 'signed_amount',
    });
    amounts = await s.ok<TTargetSheet>('director', 'POST', `/api/target-sets/${amounts.set!.id}/split`, {
      method: 'even',
    });
    const res = await s.call('director', 'GET', `/api/target-sets/${amounts.set!.id}/export`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    const text = (r: number) => (ws.getRow(r).values as unknown[]).slice(1, 5);
    expect(text(1)).toEqual(['下级', '类型', '编码/账号', '全年']);
    const rows = ws.getSheetValues().slice(2) as unknown[][];
    const byName = new Map(rows.map((r) => [r[1], r]));
    expect(byName.get('华东大区')?.slice(2, 5)).toEqual(['大区', 'EAST', 50_000]);
    expect(byName.get('财务部')?.[4]).toBeUndefined();
    expect(byName.get('本单位目标')?.[4]).toBe(100_000);
    expect(byName.get('差额')?.[4]).toBe(0);
    const [audited] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where action = 'target_set.export'`,
    );
    expect(audited?.n).toBe(1);
    const rep = await s.call('rep01', 'GET', `/api/target-sets/${amounts.set!.id}/export`);
    expect(rep.statusCode).toBe(403);
  });

  it('PLAN-3: an imported sheet with bad rows is refused row by row (422), nothing stored; a good one replaces the draft’s lines', async () => {
    const months = (v: string) => Array.from({ length: 12 }, () => v);
    const bad = await workbook([
      ['下级', '类型', '编码/账号', '全年', ...Array.from({ length: 12 }, (_v, i) => `${i + 1}月`)],
      ['华东大区', '大区', 'EAST', '60,000.00', ...months('5000')],
      ['华南大区', '大区', 'SOUTH', '40000', '1.234', ...months('3333.33').slice(1)],
      ['火星大区', '大区', 'MARS', '1', ...months('0')],
      ['本单位目标', '', '', '100000'],
    ]);
    const refused = await upload(amounts.set!.id, 'targets.xlsx', bad);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({
      code: 'TARGET_IMPORT_INVALID',
      fields: {
        'rows.3.month1': '第 3 行：「1月」应为金额（元，最多两位小数）',
        'rows.4.code': '第 4 行：「MARS」不是本单位的下级单位或本单位人员',
      },
    });
    expect(Object.keys(refused.json().error.fields)).toHaveLength(2);
    const en = await upload(amounts.set!.id, 'targets.xlsx', bad, 'en');
    expect(en.json().error.fields['rows.4.code']).toBe(
      'Row 4: “MARS” is not a sub-unit or a member of this unit',
    );
    const unchanged = await s.ok<TTargetSheet>('director', 'GET', `/api/target-sets/${amounts.set!.id}`);
    expect(figures(unchanged, u.east)?.year).toBe('5000000');

    const csv = [
      '下级,类型,编码/账号,全年,1月,2月,3月,4月,5月,6月,7月,8月,9月,10月,11月,12月',
      `华东大区,大区,EAST,60000,${months('5000').join(',')}`,
      `华南大区,大区,south,40000,${months('3333.33').slice(1).join(',')},3333.37`,
    ].join('\n');
    const good = await upload(amounts.set!.id, 'targets.csv', csv);
    expect(good.statusCode, good.body).toBe(200);
    const sheet = good.json() as TTargetSheet;
    expect(figures(sheet, u.east)).toEqual({
      year: '6000000',
      months: Array.from({ length: 12 }, () => '500000'),
    });
    expect(sheet.children.find((c) => c.id === u.south)).toMatchObject({
      rest: '0',
      values: { year: '4000000' },
    });
    expect(sheet).toMatchObject({
      set: { splitMethod: 'manual', status: 'draft' },
      sums: { year: '10000000' },
    });
    // The sheet itself is kept with the set; the refused ones were not.
    const [kept] = await queryRows<{ n: number; name: string }>(
      t.database.db,
      sql`select count(*)::int as n, max(file_name) as name from files
          where subject_type = 'target_set' and subject_id = ${amounts.set!.id} and purpose = 'import'`,
    );
    expect(kept).toEqual({ n: 1, name: 'targets.csv' });
  });

  it('PLAN-3: the tree shows each unit in the reader’s scope with its target, the state of its split, the children’s sum and the gap', async () => {
    const tree = await s.ok<TTargetTree>(
      'director',
      'GET',
      `/api/target-sets/tree?year=${YEAR}&metric=signed_amount`,
    );
    expect(tree.metrics).toEqual(['signed_amount', 'collected_amount', 'volume', 'new_customers']);
    const hq = tree.nodes.find((n) => n.unit.id === u.hq);
    expect(hq).toMatchObject({
      target: '10000000',
      childSum: '10000000',
      gap: '0',
      set: { status: 'draft', version: 1 },
      canWrite: true,
    });
    expect(tree.nodes.find((n) => n.unit.id === u.east)).toMatchObject({
      target: null,
      set: null,
      gap: null,
    });
    expect(tree.nodes).toHaveLength(12);

    const regional = await s.ok<TTargetTree>(
      'rm_east',
      'GET',
      `/api/target-sets/tree?year=${YEAR}&metric=signed_amount`,
    );
    expect(regional.nodes.map((n) => n.unit.name).sort()).toEqual(
      ['华东大区', '华东销售部', '华东一组', '华东二组'].sort(),
    );
    expect(regional.nodes.every((n) => n.canWrite)).toBe(true);
    const supervisor = await s.ok<TTargetTree>(
      'sup_east1',
      'GET',
      `/api/target-sets/tree?year=${YEAR}&metric=signed_amount`,
    );
    expect(supervisor.nodes.map((n) => [n.unit.name, n.canWrite])).toEqual([['华东一组', false]]);
    const rep = await s.ok<TTargetTree>(
      'rep01',
      'GET',
      `/api/target-sets/tree?year=${YEAR}&metric=signed_amount`,
    );
    expect(rep.nodes).toEqual([]);
  });
});
