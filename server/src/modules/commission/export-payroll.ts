import { and, asc, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import type { ExportedFile } from '../../platform/export/export-list.js';
import type { Localized } from '../../platform/i18n/lang.js';
import { MONEY_CELL_FORMAT, moneyCellValue } from '../../platform/money.js';
import { units, users } from '../../platform/org/tables.js';
import { statementReadScope } from './scope.js';
import { type commissionStatementStatuses, commissionStatements } from './tables.js';

const w = {
  sheet: { 'zh-CN': '提成工资表', en: 'Commission payroll' },
  person: { 'zh-CN': '姓名', en: 'Name' },
  unit: { 'zh-CN': '单位', en: 'Unit' },
  target: { 'zh-CN': '目标（元）', en: 'Target (yuan)' },
  basis: { 'zh-CN': '计提基数（元）', en: 'Basis (yuan)' },
  commission: { 'zh-CN': '提成（元）', en: 'Commission (yuan)' },
  status: { 'zh-CN': '状态', en: 'Status' },
  total: { 'zh-CN': '合计', en: 'Total' },
} satisfies Record<string, Localized>;

const statusWords: Record<(typeof commissionStatementStatuses)[number], Localized> = {
  draft: { 'zh-CN': '草稿', en: 'Draft' },
  submitted: { 'zh-CN': '审核中', en: 'Under review' },
  approved: { 'zh-CN': '已批准', en: 'Approved' },
  rejected: { 'zh-CN': '已退回', en: 'Rejected' },
  closed: { 'zh-CN': '已关账', en: 'Closed' },
};

/**
 * INC-1: the payroll export of a month — one row per person (name, unit, target, basis,
 * commission in yuan as ¥#,##0.00 number cells, the statement's status), a totals row; an audit
 * row per export.
 */
export async function exportPayroll(ctx: Ctx, month: string): Promise<ExportedFile> {
  const actor = requireActor(ctx);
  const lang = ctx.lang;
  const rows = await ctx.db
    .select({ s: commissionStatements, name: users.displayName, unit: units.name })
    .from(commissionStatements)
    .innerJoin(users, eq(users.id, commissionStatements.userId))
    .innerJoin(units, eq(units.id, commissionStatements.unitId))
    .where(and(eq(commissionStatements.period, month), statementReadScope(actor)))
    .orderBy(asc(units.name), asc(users.displayName), asc(sql`${commissionStatements.id}`));
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Xiaoguan';
  const ws = wb.addWorksheet(`${w.sheet[lang]} ${month}`, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow([w.person, w.unit, w.target, w.basis, w.commission, w.status].map((h) => h[lang]));
  ws.getRow(1).font = { bold: true };
  let basis = 0n;
  let total = 0n;
  let target = 0n;
  for (const r of rows) {
    basis += r.s.basisFen;
    total += r.s.commissionFen;
    target += r.s.targetFen ?? 0n;
    const row = ws.addRow([
      r.name,
      r.unit,
      r.s.targetFen === null ? null : moneyCellValue(r.s.targetFen),
      moneyCellValue(r.s.basisFen),
      moneyCellValue(r.s.commissionFen),
      statusWords[r.s.status][lang],
    ]);
    for (const c of [3, 4, 5]) row.getCell(c).numFmt = MONEY_CELL_FORMAT;
  }
  const sum = ws.addRow([
    w.total[lang],
    null,
    moneyCellValue(target),
    moneyCellValue(basis),
    moneyCellValue(total),
    null,
  ]);
  sum.font = { bold: true };
  for (const c of [3, 4, 5]) sum.getCell(c).numFmt = MONEY_CELL_FORMAT;
  ws.columns.forEach((c, i) => {
    c.width = i < 2 ? 16 : 18;
  });
  const content = Buffer.from(await wb.xlsx.writeBuffer());
  await inTx(ctx, (tx) =>
    audit(tx, ctx, {
      entity: 'export',
      entityId: 'commission_payroll',
      action: 'commission_payroll.export',
      after: { period: month, rows: rows.length, totalFen: total },
    }),
  );
  return { filename: `commission-payroll-${month}.xlsx`, content, rows: rows.length };
}
