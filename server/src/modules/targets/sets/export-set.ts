import { type Ctx, requireActor } from '../../../platform/context.js';
import { type ExportedFile, exportList } from '../../../platform/export/export-list.js';
import type { ExportColumn } from '../../../platform/export/xlsx.js';
import type { TFigures } from './schemas.js';
import { sheetOfSet } from './sheet.js';
import { COL, headers } from './sheet-columns.js';
import { kindWords, summaryRows } from './words.js';

interface SheetRow {
  name: string;
  type: string;
  code: string;
  /** Year, January … December, rest. */
  values: (string | null)[];
}

const row14 = (f: TFigures, rest: string | null): (string | null)[] => [f.year, ...f.months, rest];

/**
 * PLAN-3: a split as an Excel target sheet — each child with its year, months and rest, then the
 * children's total, the unit's own target and the gap — for target:export holders who may read
 * the set; audited like every export (ORG-5). The same layout is read back by the import.
 */
export async function exportTargetSet(ctx: Ctx, id: string): Promise<ExportedFile> {
  requireActor(ctx);
  const sheet = await sheetOfSet(ctx.db, ctx, id);
  const lang = ctx.lang;
  const rows: SheetRow[] = [
    ...sheet.children
      .filter((c) => !c.former || c.included)
      .map((c) => ({
        name: c.name,
        type: kindWords[c.kind][lang],
        code: c.code,
        values: row14(c.values, c.rest),
      })),
    { name: summaryRows.sum[lang], type: '', code: '', values: row14(sheet.sums, null) },
    { name: summaryRows.parent[lang], type: '', code: '', values: row14(sheet.parent, null) },
    { name: summaryRows.gap[lang], type: '', code: '', values: row14(sheet.gaps, null) },
  ];
  const figure = (i: number): ExportColumn<SheetRow> =>
    sheet.money
      ? { header: headers[COL.year + i]!, kind: 'money', width: 15, value: (r) => r.values[i] ?? null }
      : {
          header: headers[COL.year + i]!,
          width: 12,
          value: (r) => (r.values[i] === null || r.values[i] === undefined ? null : Number(r.values[i])),
        };
  const columns: ExportColumn<SheetRow>[] = [
    { header: headers[COL.name]!, width: 24, value: (r) => r.name },
    { header: headers[COL.type]!, width: 8, value: (r) => r.type },
    { header: headers[COL.code]!, width: 16, value: (r) => r.code },
    ...Array.from({ length: 14 }, (_v, i) => figure(i)),
  ];
  return exportList(ctx, {
    entity: 'target_set',
    sheet: { 'zh-CN': `${sheet.year} 目标分解`, en: `${sheet.year} targets` },
    columns,
    filters: {
      setId: id,
      unitId: sheet.unit.id,
      year: sheet.year,
      metric: sheet.metric,
      category: sheet.category,
      version: sheet.set?.version ?? null,
    },
    fetch: async () => rows,
  });
}
