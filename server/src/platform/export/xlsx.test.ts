import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildXlsx, type ExportColumn } from './xlsx.js';

interface Row {
  name: string;
  amountFen: string | null;
  at: string | null;
}

const columns: ExportColumn<Row>[] = [
  { header: { 'zh-CN': '名称', en: 'Name' }, value: (r) => r.name },
  { header: { 'zh-CN': '金额', en: 'Amount' }, kind: 'money', value: (r) => r.amountFen },
  { header: { 'zh-CN': '时间', en: 'Time' }, kind: 'dateTime', value: (r) => r.at },
];

async function sheetOf(rows: Row[], lang: 'zh-CN' | 'en') {
  const body = await buildXlsx({ 'zh-CN': '表', en: 'Sheet' }, columns, rows, lang, {
    timeZone: 'Asia/Shanghai',
    at: new Date('2026-03-02T00:00:00Z'),
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
  return workbook.worksheets[0]!;
}

describe('exports read as the screen does', () => {
  it('money: an amount cell is a number formatted ¥#,##0.00 (¥266,000.00), exact to the fen', async () => {
    const ws = await sheetOf(
      [
        { name: 'a', amountFen: '26600000', at: null },
        { name: 'b', amountFen: '123456789012345', at: null },
        { name: 'c', amountFen: null, at: null },
      ],
      'zh-CN',
    );
    const a = ws.getRow(2).getCell(2);
    expect(a.value).toBe(266000);
    expect(a.numFmt).toBe('"¥"#,##0.00;-"¥"#,##0.00');
    expect((ws.getRow(3).getCell(2).value as number).toFixed(2)).toBe('1234567890123.45');
    expect(ws.getRow(4).getCell(2).value).toBeNull();
  });

  it('time: an instant is written on the company’s wall clock and the header names the zone', async () => {
    const zh = await sheetOf([{ name: 'a', amountFen: null, at: '2026-03-01T17:30:05.000Z' }], 'zh-CN');
    expect(zh.getRow(1).getCell(3).value).toBe('时间 (北京时间 UTC+8)');
    expect(zh.getRow(2).getCell(3).value).toBe('2026-03-02 01:30:05');
    const en = await sheetOf([{ name: 'a', amountFen: null, at: '2026-03-01T17:30:05.000Z' }], 'en');
    expect(en.getRow(1).getCell(3).value).toBe('Time (Beijing time UTC+8)');
  });
});
