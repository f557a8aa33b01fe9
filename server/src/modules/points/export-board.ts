import type { Ctx } from '../../platform/context.js';
import { exportList, withoutPaging } from '../../platform/export/export-list.js';
import type { ExportColumn } from '../../platform/export/xlsx.js';
import { boardPeriod, boardRows, toBoardRow } from './board.js';
import type { TPointsBoardQuery, TPointsBoardRow } from './schemas.js';

type Row = TPointsBoardRow & { period: string };

/** INC-6: the points board as a workbook — the same people, figures and order as the screen; audited. */
export async function exportPointsBoard(ctx: Ctx, q: TPointsBoardQuery) {
  const p = await boardPeriod(ctx.db, ctx.clock.now(), q.period);
  const columns: ExportColumn<Row>[] = [
    { header: { 'zh-CN': '期间', en: 'Period' }, width: 10, value: (r) => r.period },
    { header: { 'zh-CN': '姓名', en: 'Name' }, width: 14, value: (r) => r.person.displayName },
    { header: { 'zh-CN': '部门', en: 'Unit' }, width: 18, value: (r) => r.unit.name },
    { header: { 'zh-CN': '积分余额', en: 'Balance' }, value: (r) => Number(r.balance) },
    { header: { 'zh-CN': '本期获得', en: 'Earned' }, value: (r) => Number(r.earned) },
    { header: { 'zh-CN': '本期兑换', en: 'Redeemed' }, value: (r) => Number(r.redeemed) },
    { header: { 'zh-CN': '本期过期', en: 'Expired' }, value: (r) => Number(r.expired) },
  ];
  return exportList<Row>(ctx, {
    entity: 'points_board',
    sheet: { 'zh-CN': '积分公示', en: 'Points board' },
    columns,
    filters: { ...withoutPaging(q), period: p.code },
    fetch: async (limit) =>
      (await boardRows(ctx, q, limit)).map((r) => ({ ...toBoardRow(r), period: p.code })),
  });
}
