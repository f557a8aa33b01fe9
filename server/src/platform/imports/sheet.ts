import ExcelJS from 'exceljs';
import { appError } from '../errors.js';
import type { Localized } from '../i18n/lang.js';
import { csvDelimiter, parseCsv } from './csv.js';

export type SheetFormat = 'xlsx' | 'csv';

/** A data row as the user sees it in Excel: its row number (the header is row 1) and its cells as text. */
export interface SheetRow {
  row: number;
  cells: string[];
}

export interface Sheet {
  header: string[];
  /** Rows after the header; blank rows are left out. */
  rows: SheetRow[];
}

/** A problem with the uploaded file as a whole, as a field message on `file`. */
export function fileProblem(message: Localized): never {
  throw appError('VALIDATION_FAILED', { file: message });
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** xlsx or csv, by the file's name and its first bytes; anything else is refused with a message. */
export function sheetFormat(fileName: string, content: Buffer): SheetFormat {
  const name = fileName.toLowerCase();
  if (name.endsWith('.xls') || content.subarray(0, 4).equals(OLE_MAGIC)) {
    fileProblem({
      'zh-CN': '不支持旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 后重新上传',
      en: 'Old Excel files (.xls) are not supported; save it as .xlsx in Excel and upload again',
    });
  }
  if (name.endsWith('.xlsx')) {
    if (!content.subarray(0, 4).equals(ZIP_MAGIC)) {
      fileProblem({
        'zh-CN': '文件不是有效的 .xlsx 工作簿',
        en: 'The file is not a valid .xlsx workbook',
      });
    }
    return 'xlsx';
  }
  if (name.endsWith('.csv')) return 'csv';
  return fileProblem({
    'zh-CN': '请上传 Excel（.xlsx）或 CSV（.csv）文件',
    en: 'Upload an Excel (.xlsx) or CSV (.csv) file',
  });
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * CSV text: UTF-8 with or without a byte-order mark. Anything that is not valid UTF-8 (GBK,
 * what Excel on a Chinese Windows saves as "CSV") is refused with how to fix it, rather than
 * imported as mojibake.
 */
export function decodeCsv(content: Buffer): string {
  const body = content.subarray(0, 3).equals(UTF8_BOM) ? content.subarray(3) : content;
  const utf16 = (content[0] === 0xff && content[1] === 0xfe) || (content[0] === 0xfe && content[1] === 0xff);
  try {
    if (utf16) throw new Error('utf-16');
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return fileProblem({
      'zh-CN':
        'CSV 文件不是 UTF-8 编码（可能是 GBK），中文会变成乱码。请在 Excel 中“另存为”→“CSV UTF-8（逗号分隔）”，或直接上传 .xlsx 文件',
      en: 'The CSV file is not UTF-8 (probably GBK), so Chinese text would be garbled. In Excel use Save As → "CSV UTF-8 (Comma delimited)", or upload the .xlsx file',
    });
  }
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** An Excel cell's value as the text the user sees (numbers without float noise, dates as YYYY-MM-DD). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    // Excel dates carry no zone; exceljs hands them over as that wall time in UTC.
    const day = `${value.getUTCFullYear()}-${two(value.getUTCMonth() + 1)}-${two(value.getUTCDate())}`;
    const h = value.getUTCHours();
    const m = value.getUTCMinutes();
    return h === 0 && m === 0 ? day : `${day} ${two(h)}:${two(m)}`;
  }
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) {
      return (v.richText as { text?: string }[])
        .map((part) => part.text ?? '')
        .join('')
        .trim();
    }
    if ('result' in v) return cellText(v.result);
    if ('text' in v) return cellText(v.text);
    if ('error' in v) return '';
  }
  return String(value).trim();
}

const unreadable: Localized = {
  'zh-CN': '无法读取该文件，请确认是 Excel（.xlsx）工作簿，或用模板重新填写',
  en: 'The file could not be read; make sure it is an Excel (.xlsx) workbook, or fill in the template again',
};

/**
 * The rows of the first worksheet, each with its row number. The whole workbook is loaded:
 * exceljs's streaming reader decodes each compressed chunk on its own and garbles a Chinese
 * character split across two chunks, so it is not used.
 */
async function readXlsx(content: Buffer): Promise<{ records: string[][]; numbers: number[] }> {
  const records: string[][] = [];
  const numbers: number[] = [];
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  } catch {
    fileProblem(unreadable);
  }
  const sheet = workbook.worksheets.find((w) => w.state !== 'hidden') ?? workbook.worksheets[0];
  sheet?.eachRow({ includeEmpty: false }, (row) => {
    const values = Array.isArray(row.values) ? row.values : [];
    const cells: string[] = [];
    for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
    records.push(cells);
    numbers.push(row.number);
  });
  return { records, numbers };
}

const isBlank = (cells: string[]) => cells.every((c) => c === '');

/**
 * Reads an uploaded sheet: the first worksheet of an xlsx, or a CSV file. Row 1 is the header;
 * row numbers are Excel's (the first data row is row 2). More than `maxRows` data rows is refused.
 */
export async function readSheet(
  content: Buffer,
  format: SheetFormat,
  opts: { maxRows: number },
): Promise<Sheet> {
  let records: string[][];
  let numbers: number[];
  if (format === 'csv') {
    const text = decodeCsv(content);
    records = parseCsv(text, csvDelimiter(text)).map((r) => r.map((c) => c.trim()));
    numbers = records.map((_r, i) => i + 1);
  } else {
    ({ records, numbers } = await readXlsx(content));
  }
  const [header = [], ...rest] = records;
  if (numbers[0] !== 1 || isBlank(header)) {
    fileProblem({
      'zh-CN': '第 1 行应为表头（列名），请使用导入模板',
      en: 'Row 1 must be the header (column names); use the import template',
    });
  }
  const rows: SheetRow[] = [];
  rest.forEach((cells, i) => {
    if (!isBlank(cells)) rows.push({ row: numbers[i + 1] ?? i + 2, cells });
  });
  if (rows.length > opts.maxRows) {
    fileProblem({
      'zh-CN': `一次最多导入 ${opts.maxRows} 行，请把文件拆分后分批导入`,
      en: `At most ${opts.maxRows} rows can be imported at once; split the file`,
    });
  }
  return { header, rows };
}

/**
 * Sheets read at upload, kept for the runner of the same process so a file is not parsed twice
 * (a few at most; a runner in another process reads the stored file again).
 */
const parsedAtUpload = new Map<string, Sheet>();
const PARSED_KEPT = 4;

export function keepParsedSheet(runId: string, sheet: Sheet): void {
  parsedAtUpload.set(runId, sheet);
  for (const key of parsedAtUpload.keys()) {
    if (parsedAtUpload.size <= PARSED_KEPT) break;
    parsedAtUpload.delete(key);
  }
}

export function takeParsedSheet(runId: string): Sheet | undefined {
  const sheet = parsedAtUpload.get(runId);
  parsedAtUpload.delete(runId);
  return sheet;
}
