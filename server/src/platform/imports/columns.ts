import type { Localized } from '../i18n/lang.js';
import type { Sheet } from './sheet.js';
import { fileProblem } from './sheet.js';

/** A column of an import file: its key, its header in both languages, other names it may go by. */
export interface ImportColumn {
  key: string;
  header: Localized;
  required?: boolean;
  /** Other accepted headers (e.g. 客户名称 for 名称). */
  aliases?: string[];
  /** What may be entered, for the template's notes sheet. */
  hint?: Localized;
  width?: number;
}

/** A data row by column key (blank cells are ''), with its Excel row number. */
export interface ImportRow {
  row: number;
  values: Record<string, string>;
}

/** The template's header text: required columns carry a star. */
export function headerText(column: ImportColumn, lang: keyof Localized): string {
  return `${column.header[lang]}${column.required ? '*' : ''}`;
}

/** Headers compared without case, spaces, stars or full-width forms: 「信用额度（元）」 = 「信用额度(元)」. */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s*＊_]/g, '');
}

/**
 * Finds each column in the header row by its Chinese or English name (or an alias). A
 * missing required column refuses the file; unknown columns are ignored (e.g. the error
 * file's 原行号 and 错误原因 when it is re-imported).
 */
export function matchHeader(header: string[], columns: ImportColumn[]): Map<string, number> {
  const byName = new Map<string, string>();
  for (const c of columns) {
    for (const name of [c.header['zh-CN'], c.header.en, ...(c.aliases ?? [])]) {
      byName.set(normaliseHeader(name), c.key);
    }
  }
  const index = new Map<string, number>();
  header.forEach((text, i) => {
    const key = byName.get(normaliseHeader(text));
    if (key && !index.has(key)) index.set(key, i);
  });
  const missing = columns.filter((c) => c.required && !index.has(c.key));
  if (missing.length > 0) {
    fileProblem({
      'zh-CN': `第 1 行（表头）缺少必填列：${missing.map((c) => c.header['zh-CN']).join('、')}。请使用导入模板`,
      en: `The header (row 1) lacks required columns: ${missing.map((c) => c.header.en).join(', ')}. Use the import template`,
    });
  }
  return index;
}

/** The sheet's data rows as values by column key. */
export function rowsByKey(sheet: Sheet, columns: ImportColumn[]): ImportRow[] {
  const index = matchHeader(sheet.header, columns);
  return sheet.rows.map((r) => {
    const values: Record<string, string> = {};
    for (const c of columns) {
      const i = index.get(c.key);
      values[c.key] = i === undefined ? '' : (r.cells[i] ?? '');
    }
    return { row: r.row, values };
  });
}
