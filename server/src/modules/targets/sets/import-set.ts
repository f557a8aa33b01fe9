import { type Ctx, inTx, requireActor } from '../../../platform/context.js';
import { appError } from '../../../platform/errors.js';
import { storeFile, type Upload } from '../../../platform/files/files.js';
import type { Localized } from '../../../platform/i18n/lang.js';
import { yuanToFen } from '../../../platform/imports/cells.js';
import { readSheet, sheetFormat } from '../../../platform/imports/sheet.js';
import { moneyMetrics } from '../tables.js';
import { childKey, childrenOf } from './children.js';
import type { ChildValues } from './lines.js';
import { storeLines } from './save-lines.js';
import { MAX_CHILDREN, type TTargetSheet } from './schemas.js';
import { assertEditable, setForUpdate } from './scope.js';
import { sheetOfRow } from './sheet.js';
import { COL, headers } from './sheet-columns.js';
import { summaryRows } from './words.js';

/** A summary row of an exported sheet (total, unit target, gap), in either language: not read back. */
const summaryNames = new Set(Object.values(summaryRows).flatMap((w) => [w['zh-CN'], w.en]));

const at = (row: number, what: Localized): Localized => ({
  'zh-CN': `第 ${row} 行：${what['zh-CN']}`,
  en: `Row ${row}: ${what.en}`,
});

/** A figure typed in a cell: yuan for amounts (¥1,234.50), a whole number otherwise; blank is 0. */
function figureOf(text: string, money: boolean): bigint | undefined {
  if (money) {
    const fen = yuanToFen(text);
    return fen === undefined ? undefined : BigInt(fen ?? '0');
  }
  const t = text.normalize('NFKC').replace(/[\s,]/g, '');
  if (t === '') return 0n;
  return /^\d{1,15}$/.test(t) ? BigInt(t) : undefined;
}

/**
 * PLAN-3: a target sheet (the export's layout, .xlsx or .csv) read into a draft: each row names a
 * child by its code (a unit's code or a person's username) with its year and months; a row left
 * blank takes no part, like a child not listed. Every bad row is reported by its row number and
 * column at once (422); nothing is stored unless the whole sheet is good, and then the sheet
 * itself is kept with the set (files) beside the audit row of the import.
 */
export async function importTargetSet(ctx: Ctx, id: string, upload: Upload): Promise<TTargetSheet> {
  const actor = requireActor(ctx);
  // A set out of reach is a 404 whatever the file holds.
  assertEditable(await setForUpdate(ctx.db, actor, id));
  const format = sheetFormat(upload.fileName, upload.content);
  const sheet = await readSheet(upload.content, format, { maxRows: MAX_CHILDREN + 10 });
  return inTx(ctx, async (tx) => {
    const set = await setForUpdate(tx, actor, id);
    assertEditable(set);
    const money = moneyMetrics.includes(set.metric);
    const children = await childrenOf(tx, set.unitId);
    const byCode = new Map(children.map((c) => [c.code.toLowerCase(), c]));
    const fields: Record<string, Localized> = {};
    const seen = new Set<string>();
    const values: ChildValues[] = [];
    for (const { row, cells } of sheet.rows) {
      const cell = (i: number) => cells[i] ?? '';
      const code = cell(COL.code);
      if (code === '' && summaryNames.has(cell(COL.name))) continue;
      const figures = Array.from({ length: 13 }, (_v, i) => cell(COL.year + i));
      if (code === '') {
        fields[`rows.${row}.code`] = at(row, {
          'zh-CN': `请填写「${headers[COL.code]!['zh-CN']}」`,
          en: `fill in “${headers[COL.code]!.en}”`,
        });
        continue;
      }
      const child = byCode.get(code.toLowerCase());
      if (!child) {
        fields[`rows.${row}.code`] = at(row, {
          'zh-CN': `「${code}」不是本单位的下级单位或本单位人员`,
          en: `“${code}” is not a sub-unit or a member of this unit`,
        });
        continue;
      }
      if (seen.has(childKey(child))) {
        fields[`rows.${row}.code`] = at(row, {
          'zh-CN': `「${code}」出现了两次`,
          en: `“${code}” is listed twice`,
        });
        continue;
      }
      seen.add(childKey(child));
      if (figures.every((f) => f === '')) continue;
      const parsed = figures.map((f) => figureOf(f, money));
      let bad = false;
      parsed.forEach((v, i) => {
        if (v !== undefined) return;
        bad = true;
        const column = headers[COL.year + i]!;
        fields[`rows.${row}.${i === 0 ? 'year' : `month${i}`}`] = at(row, {
          'zh-CN': `「${column['zh-CN']}」${money ? '应为金额（元，最多两位小数）' : '应为不超过 15 位的非负整数'}`,
          en: `“${column.en}” ${money ? 'must be an amount in yuan (at most two decimals)' : 'must be a whole number of at most 15 digits'}`,
        });
      });
      if (bad) continue;
      values.push({
        subjectType: child.subjectType,
        id: child.id,
        year: parsed[0]!,
        months: parsed.slice(1) as bigint[],
        weight: null,
      });
    }
    if (Object.keys(fields).length > 0) throw appError('TARGET_IMPORT_INVALID', fields);
    // The sheet the figures came from is kept with the set.
    const file = await storeFile(
      tx,
      ctx,
      { subjectType: 'target_set', subjectId: set.id, purpose: 'import' },
      upload,
    );
    const after = await storeLines(tx, ctx, set, values, {
      method: 'manual',
      action: 'targetSet.import',
      detail: { file: { id: file.id, name: upload.fileName }, rows: sheet.rows.length },
    });
    return sheetOfRow(tx, ctx, after);
  });
}
