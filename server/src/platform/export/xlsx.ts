import ExcelJS from 'exceljs';
import { dateTimeSecondsText, zoneLabel } from '../company-time.js';
import type { Lang, Localized } from '../i18n/lang.js';
import { MONEY_CELL_FORMAT, moneyCellValue } from '../money.js';

type CellValue = string | number | null;

/**
 * A column of an export. `text` (the default) writes the value as it is; `money` takes fen and
 * writes an amount cell that reads "¥266,000.00"; `dateTime` takes an instant (ISO text or Date)
 * and writes it on the company's wall clock, the zone named in the header.
 */
export type ExportColumn<T> = {
  header: Localized;
  /** Column width in characters. */
  width?: number;
} & (
  | { kind?: 'text'; value: (row: T) => CellValue }
  | { kind: 'money'; value: (row: T) => bigint | string | null }
  | { kind: 'dateTime'; value: (row: T) => Date | string | null }
);

/** The most rows one export writes; a larger selection must be narrowed with filters. */
export const EXPORT_MAX_ROWS = 10_000;

/** Where and when the workbook is written: the company zone names the time columns. */
export interface SheetTime {
  timeZone: string;
  at: Date;
}

function headerText<T>(c: ExportColumn<T>, lang: Lang, time: SheetTime): string {
  const text = c.header[lang];
  return c.kind === 'dateTime' ? `${text} (${zoneLabel(time.timeZone, lang, time.at)})` : text;
}

function cell<T>(c: ExportColumn<T>, row: T, time: SheetTime): CellValue {
  switch (c.kind) {
    case 'money': {
      const fen = c.value(row);
      return fen === null || fen === '' ? null : moneyCellValue(fen);
    }
    case 'dateTime': {
      const at = c.value(row);
      return at === null || at === '' ? null : dateTimeSecondsText(new Date(at), time.timeZone);
    }
    default:
      return c.value(row);
  }
}

/** One worksheet with a bold, frozen header row, in the user's language and the company's time. */
export async function buildXlsx<T>(
  sheet: Localized,
  columns: ExportColumn<T>[],
  rows: T[],
  lang: Lang,
  time: SheetTime,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Xiaoguan';
  const ws = workbook.addWorksheet(sheet[lang], { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c, i) => ({
    header: headerText(c, lang, time),
    key: String(i),
    width: c.width ?? (c.kind === 'dateTime' ? 20 : 16),
    ...(c.kind === 'money' ? { style: { numFmt: MONEY_CELL_FORMAT } } : {}),
  }));
  ws.getRow(1).font = { bold: true };
  for (const row of rows) ws.addRow(columns.map((c) => cell(c, row, time)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
