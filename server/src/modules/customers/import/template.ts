import { asc } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { type Ctx, requireActor } from '../../../platform/context.js';
import type { Localized } from '../../../platform/i18n/lang.js';
import { headerText } from '../../../platform/imports/columns.js';
import { IMPORT_MAX_ROWS } from '../../../platform/imports/kinds.js';
import { users } from '../../../platform/org/tables.js';
import { readPolicy } from '../../../platform/policies/read.js';
import { customerLevels } from '../policies.js';
import { assigneeCondition } from '../pool/assignees.js';
import { customerImportColumns, customerSourceLabels, customerTypeLabels } from './columns.js';

const text = {
  sheet: { 'zh-CN': '客户', en: 'Customers' },
  notes: { 'zh-CN': '填写说明', en: 'How to fill in' },
  column: { 'zh-CN': '列', en: 'Column' },
  required: { 'zh-CN': '必填', en: 'Required' },
  yes: { 'zh-CN': '是', en: 'Yes' },
  allowed: { 'zh-CN': '说明 / 可填的值', en: 'Notes / allowed values' },
  levels: { 'zh-CN': '可选等级（按制度）：', en: 'Levels (per policy): ' },
  rules: {
    'zh-CN': `第 1 行是表头，请勿修改列名；从第 2 行开始每行一个客户，最多 ${IMPORT_MAX_ROWS} 行。带 * 的列必填。有错误的行不会导入，导入完成后可下载错误行，修改后重新导入。与已有客户（或本文件前面的行）名称、电话或统一社会信用代码相同的行不导入，错误行中写明已有客户及其负责人（制度参数允许重复的客户类型除外）。`,
    en: `Row 1 is the header; do not change the column names. One customer per row from row 2, at most ${IMPORT_MAX_ROWS} rows. Columns marked * are required. Rows with errors are not imported; download them after the import, fix them and import again. Rows that match an existing customer (or an earlier row of the file) by name, phone or credit code are not imported; the error rows name the existing customer and its owner (except customer types a policy allows to duplicate).`,
  },
  owners: { 'zh-CN': '可分配的负责人（用户名 — 姓名）', en: 'People you may assign to (username — name)' },
} satisfies Record<string, Localized>;

const TEMPLATE_ROWS = 2000;

/** exceljs has range data validations but does not declare them. */
type WithValidations = { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };
const OWNER_LIST_MAX = 500;

/**
 * The customer import template in the user's language: the header row (required columns
 * starred), drop-downs for type, level and source, and a sheet that explains every column
 * with the levels in force for the user's unit and the people they may assign customers to.
 */
export async function customerImportTemplate(
  ctx: Ctx,
): Promise<{ filename: string; content: Buffer; rows: number }> {
  const actor = requireActor(ctx);
  const lang = ctx.lang;
  const levels = await readPolicy(ctx.db, customerLevels, ctx.clock.now(), actor.unitId);
  const owners = await ctx.db
    .select({ username: users.username, displayName: users.displayName })
    .from(users)
    .where(assigneeCondition(actor))
    .orderBy(asc(users.username))
    .limit(OWNER_LIST_MAX);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Xiaoguan';
  const ws = workbook.addWorksheet(text.sheet[lang], { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = customerImportColumns.map((c) => ({
    header: headerText(c, lang),
    key: c.key,
    width: c.width ?? 14,
  }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  customerImportColumns.forEach((c, i) => {
    if (c.required) head.getCell(i + 1).font = { bold: true, color: { argb: 'FFC00000' } };
  });
  const choices: Record<string, string[]> = {
    type: Object.values(customerTypeLabels).map((l) => l[lang]),
    level: levels,
    source: Object.entries(customerSourceLabels)
      .filter(([k]) => k !== 'inquiry')
      .map(([, l]) => l[lang]),
  };
  for (const [key, values] of Object.entries(choices)) {
    const col = ws.getColumn(key).letter;
    (ws as unknown as WithValidations).dataValidations.add(`${col}2:${col}${TEMPLATE_ROWS + 1}`, {
      type: 'list',
      allowBlank: true,
      showErrorMessage: true,
      formulae: [`"${values.join(',')}"`],
    });
  }
  // Phones, codes and usernames stay text (Excel would turn 0571… into a number).
  for (const key of ['creditCode', 'phone', 'contactPhone', 'owner']) ws.getColumn(key).numFmt = '@';

  const notes = workbook.addWorksheet(text.notes[lang]);
  notes.columns = [
    { header: text.column[lang], width: 22 },
    { header: text.required[lang], width: 8 },
    { header: text.allowed[lang], width: 90 },
  ];
  notes.getRow(1).font = { bold: true };
  for (const c of customerImportColumns) {
    const hint =
      c.key === 'level'
        ? `${text.levels[lang]}${levels.join(lang === 'en' ? ', ' : '、')}`
        : (c.hint?.[lang] ?? '');
    notes.addRow([headerText(c, lang), c.required ? text.yes[lang] : '', hint]);
  }
  notes.addRow([]);
  notes.addRow([text.rules[lang]]).getCell(1).alignment = { wrapText: true };
  notes.mergeCells(notes.rowCount, 1, notes.rowCount, 3);
  notes.getRow(notes.rowCount).height = 60;
  notes.addRow([]);
  notes.addRow([text.owners[lang]]).font = { bold: true };
  for (const o of owners) notes.addRow([o.username, '', o.displayName]);

  return {
    filename: 'customer-import-template.xlsx',
    content: Buffer.from(await workbook.xlsx.writeBuffer()),
    rows: 0,
  };
}
