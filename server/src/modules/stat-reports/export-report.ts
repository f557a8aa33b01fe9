import ExcelJS from 'exceljs';
import { audit } from '../../platform/audit/audit.js';
import { dateTimeSecondsText, readCompanyTimeZone, zoneLabel } from '../../platform/company-time.js';
import { type Ctx, inTx } from '../../platform/context.js';
import type { ExportedFile } from '../../platform/export/export-list.js';
import type { Lang, Localized } from '../../platform/i18n/lang.js';
import { MONEY_CELL_FORMAT, moneyCellValue } from '../../platform/money.js';
import { measures } from './measures.js';
import { getStatReport } from './queries.js';
import type { TFigure, TIndicatorFigure, TReportRow, TStatReport } from './schemas.js';
import { kindWords, periodWords } from './words.js';

const w = {
  summary: { 'zh-CN': '汇总', en: 'Summary' },
  units: { 'zh-CN': '按下级单位', en: 'By unit' },
  people: { 'zh-CN': '按人员', en: 'By person' },
  measure: { 'zh-CN': '指标', en: 'Measure' },
  current: { 'zh-CN': '本期', en: 'This period' },
  previous: { 'zh-CN': '上期', en: 'Previous period' },
  mom: { 'zh-CN': '环比 %', en: 'MoM %' },
  lastYear: { 'zh-CN': '去年同期', en: 'Same period last year' },
  yoy: { 'zh-CN': '同比 %', en: 'YoY %' },
  target: { 'zh-CN': '目标', en: 'Target' },
  completion: { 'zh-CN': '完成率 %', en: 'Completion %' },
  unit: { 'zh-CN': '单位', en: 'Unit' },
  person: { 'zh-CN': '人员', en: 'Person' },
  report: { 'zh-CN': '报表', en: 'Report' },
  period: { 'zh-CN': '期间', en: 'Period' },
  generatedAt: { 'zh-CN': '生成时间', en: 'Generated' },
  salesBasis: { 'zh-CN': '销售额口径', en: 'Sales amount basis' },
  signed: { 'zh-CN': '签约金额', en: 'Signed amount' },
  collected: { 'zh-CN': '回款金额', en: 'Collected' },
  analysis: { 'zh-CN': '分析', en: 'Analysis' },
} satisfies Record<string, Localized>;

type Cell = string | number | null;

const amount = (money: boolean, v: string | null): Cell =>
  v === null ? null : money ? moneyCellValue(v) : Number(v);

function boldHeader(ws: ExcelJS.Worksheet, row: number) {
  ws.getRow(row).font = { bold: true };
}

/** The unit's own figures, one row per measure. */
function summarySheet(wb: ExcelJS.Workbook, r: TStatReport, lang: Lang, tz: string, at: Date) {
  const ws = wb.addWorksheet(w.summary[lang]);
  const f = r.figures;
  const info: [Localized, string][] = [
    [w.report, `${r.unit.name} ${kindWords[r.kind][lang]}`],
    [w.period, `${periodWords(r.period)[lang]} (${r.from} – ${r.to})`],
    [
      {
        'zh-CN': `${w.generatedAt['zh-CN']}（${zoneLabel(tz, 'zh-CN', at)}）`,
        en: `${w.generatedAt.en} (${zoneLabel(tz, 'en', at)})`,
      },
      dateTimeSecondsText(new Date(r.generatedAt), tz),
    ],
    [w.salesBasis, (f.salesBasis === 'signed' ? w.signed : w.collected)[lang]],
  ];
  for (const [label, value] of info) ws.addRow([label[lang], value]);
  ws.addRow([]);
  const head = ws.addRow(
    [w.measure, w.current, w.previous, w.mom, w.lastYear, w.yoy, w.target, w.completion].map((h) => h[lang]),
  );
  boldHeader(ws, head.number);
  for (const m of measures) {
    const fig = f.total.figures[m.key] as TFigure & Partial<TIndicatorFigure>;
    const row = ws.addRow([
      m.label[lang],
      amount(m.money, fig.current),
      amount(m.money, fig.previous),
      fig.momPct,
      amount(m.money, fig.lastYear),
      fig.yoyPct,
      m.indicator ? amount(m.money, fig.target ?? null) : null,
      m.indicator ? (fig.completionPct ?? null) : null,
    ]);
    if (m.money) for (const c of [2, 3, 5, 7]) row.getCell(c).numFmt = MONEY_CELL_FORMAT;
  }
  if (r.analysis) {
    ws.addRow([]);
    ws.addRow([w.analysis[lang], r.analysis.text]);
  }
  ws.columns.forEach((c, i) => {
    c.width = i === 0 ? 18 : 16;
  });
}

/** Child units or people, one row each: every measure this period, MoM and YoY. */
function rowsSheet(wb: ExcelJS.Workbook, name: Localized, rows: TReportRow[], lang: Lang, people: boolean) {
  const ws = wb.addWorksheet(name[lang], { views: [{ state: 'frozen', ySplit: 1, xSplit: people ? 2 : 1 }] });
  const head = [people ? w.person[lang] : w.unit[lang], ...(people ? [w.unit[lang]] : [])];
  for (const m of measures)
    head.push(m.label[lang], `${m.label[lang]} ${w.mom[lang]}`, `${m.label[lang]} ${w.yoy[lang]}`);
  ws.addRow(head);
  boldHeader(ws, 1);
  const lead = people ? 2 : 1;
  for (const r of rows) {
    const cells: Cell[] = [r.name, ...(people ? [r.unitName] : [])];
    for (const m of measures) {
      const fig = r.figures[m.key];
      cells.push(amount(m.money, fig.current), fig.momPct, fig.yoyPct);
    }
    const row = ws.addRow(cells);
    measures.forEach((m, i) => {
      if (m.money) row.getCell(lead + i * 3 + 1).numFmt = MONEY_CELL_FORMAT;
    });
  }
  ws.columns.forEach((c, i) => {
    c.width = i < lead ? 14 : 13;
  });
}

/**
 * OPS-4: a report as a workbook — the unit's summary, the child units and the people, one sheet
 * each; amounts as ¥ number cells, times on the company's clock; the reader's scope (404 outside
 * it) and an audit row per export.
 */
export async function exportStatReport(ctx: Ctx, id: string): Promise<ExportedFile> {
  const report = await getStatReport(ctx.db, ctx, id);
  const at = ctx.clock.now();
  const tz = await readCompanyTimeZone(ctx.db, at);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Xiaoguan';
  summarySheet(wb, report, ctx.lang, tz, at);
  rowsSheet(wb, w.units, report.figures.units, ctx.lang, false);
  rowsSheet(wb, w.people, report.figures.people, ctx.lang, true);
  const content = Buffer.from(await wb.xlsx.writeBuffer());
  const rows = 1 + report.figures.units.length + report.figures.people.length;
  await inTx(ctx, (tx) =>
    audit(tx, ctx, {
      entity: 'export',
      entityId: 'stat_report',
      action: 'stat_report.export',
      after: { reportId: id, kind: report.kind, period: report.period, unitId: report.unit.id, rows },
    }),
  );
  return { filename: `stat-report-${report.period}.xlsx`, content, rows };
}
