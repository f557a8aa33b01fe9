import ExcelJS from 'exceljs';
import type { DbOrTx } from '../../db/client.js';
import { readFile } from '../files/files.js';
import type { Lang, Localized } from '../i18n/lang.js';
import type { ImportColumn } from './columns.js';
import { IMPORT_MAX_ROWS, IMPORT_RUN_SUBJECT } from './kinds.js';
import { allImportErrors } from './run-queries.js';
import { readSheet, sheetFormat } from './sheet.js';

const text = {
  sheet: { 'zh-CN': '未导入的行', en: 'Rows not imported' },
  row: { 'zh-CN': '原行号', en: 'Original row' },
  reason: { 'zh-CN': '错误原因', en: 'Reason' },
} satisfies Record<string, Localized>;

/**
 * Every bad row of a run as a workbook to fix and import again: the row number in the uploaded
 * file, the reasons, then the row exactly as uploaded under its original headers (the extra
 * columns are ignored when the file is imported again).
 */
export async function buildErrorWorkbook(
  db: DbOrTx,
  run: { id: string; fileId: string; fileName: string },
  columns: ImportColumn[],
  lang: Lang,
): Promise<{ filename: string; content: Buffer; rows: number }> {
  const errors = await allImportErrors(db, run.id);
  const file = await readFile(db, { subjectType: IMPORT_RUN_SUBJECT, subjectId: run.id }, run.fileId);
  const sheet = await readSheet(file.content, sheetFormat(run.fileName, file.content), {
    maxRows: IMPORT_MAX_ROWS,
  });
  const cellsByRow = new Map(sheet.rows.map((r) => [r.row, r.cells]));
  const reasonsByRow = new Map<number, string[]>();
  for (const e of errors) {
    const column = columns.find((c) => c.key === e.field);
    const reason = column
      ? `${column.header[lang]}${lang === 'en' ? ': ' : '：'}${e.reason[lang]}`
      : e.reason[lang];
    reasonsByRow.set(e.row, [...(reasonsByRow.get(e.row) ?? []), reason]);
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Xiaoguan';
  const ws = workbook.addWorksheet(text.sheet[lang], { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow([text.row[lang], text.reason[lang], ...sheet.header]);
  ws.getRow(1).font = { bold: true };
  ws.getColumn(1).width = 10;
  ws.getColumn(2).width = 50;
  const rows = [...reasonsByRow.keys()].sort((a, b) => a - b);
  for (const row of rows) {
    ws.addRow([
      row,
      (reasonsByRow.get(row) ?? []).join(lang === 'en' ? '; ' : '；'),
      ...(cellsByRow.get(row) ?? []),
    ]);
  }
  return {
    filename: `import-errors-${run.id.slice(0, 8)}.xlsx`,
    content: Buffer.from(await workbook.xlsx.writeBuffer()),
    rows: rows.length,
  };
}
