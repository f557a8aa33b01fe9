import ExcelJS from 'exceljs';
import type { Lang, Localized } from '../i18n/lang.js';

export interface ExportColumn<T> {
  header: Localized;
  /** Column width in characters. */
  width?: number;
  value: (row: T) => string | number | null;
}

/** The most rows one export writes; a larger selection must be narrowed with filters. */
export const EXPORT_MAX_ROWS = 10_000;

/** One worksheet with a bold, frozen header row, in the user's language. */
export async function buildXlsx<T>(
  sheet: Localized,
  columns: ExportColumn<T>[],
  rows: T[],
  lang: Lang,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Xiaoguan';
  const ws = workbook.addWorksheet(sheet[lang], { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c, i) => ({ header: c.header[lang], key: String(i), width: c.width ?? 16 }));
  ws.getRow(1).font = { bold: true };
  for (const row of rows) ws.addRow(columns.map((c) => c.value(row)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
