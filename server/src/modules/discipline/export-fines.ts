import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { type Actor, type Ctx, requireActor } from '../../platform/context.js';
import { exportList } from '../../platform/export/export-list.js';
import type { ExportColumn } from '../../platform/export/xlsx.js';
import { monthBounds } from './queries.js';
import { FINES_ACCOUNT, personScopeSql } from './scope.js';

export interface FinesRow {
  userId: string | null;
  username: string;
  displayName: string;
  unitName: string;
  postedFen: bigint;
  reversedFen: bigint;
  netFen: bigint;
}

/**
 * PEN-2: the month's fines per person, straight from the `fines` ledger account — what was
 * posted in the month (company time) and what was reversed in it — in the reader's
 * violation:export scope. The net is the sum of the entries, so payroll matches the ledger.
 */
export async function monthFines(db: DbOrTx, actor: Actor, month: string, now: Date): Promise<FinesRow[]> {
  const { start, end } = await monthBounds(db, month, now);
  const rows = await queryRows<{
    user_id: string;
    username: string;
    display_name: string;
    unit_name: string;
    posted: string;
    reversed: string;
  }>(
    db,
    sql`select u.id::text as user_id, u.username, u.display_name, un.name as unit_name,
          coalesce(sum(e.amount) filter (where e.amount > 0), 0)::text as posted,
          coalesce(-sum(e.amount) filter (where e.amount < 0), 0)::text as reversed
        from ledger_entries e
        join users u on u.id = e.holder_id
        join units un on un.id = u.unit_id
        where e.account = ${FINES_ACCOUNT} and e.at >= ${start.toISOString()}::timestamptz
          and e.at < ${end.toISOString()}::timestamptz and (${personScopeSql(actor, 'violation:export')})
        group by u.id, u.username, u.display_name, un.name
        order by un.name, u.username`,
  );
  return rows.map((r) => ({
    userId: r.user_id,
    username: r.username,
    displayName: r.display_name,
    unitName: r.unit_name,
    postedFen: BigInt(r.posted),
    reversedFen: BigInt(r.reversed),
    netFen: BigInt(r.posted) - BigInt(r.reversed),
  }));
}

/** PEN-2: the monthly fines workbook for payroll — one row per person, net of reversals, and a totals row; audited. */
export function exportFines(ctx: Ctx, q: { month: string }) {
  const actor = requireActor(ctx);
  const columns: ExportColumn<FinesRow>[] = [
    { header: { 'zh-CN': '月份', en: 'Month' }, width: 10, value: () => q.month },
    { header: { 'zh-CN': '部门', en: 'Unit' }, width: 16, value: (r) => r.unitName },
    { header: { 'zh-CN': '用户名', en: 'Username' }, width: 14, value: (r) => r.username },
    { header: { 'zh-CN': '人员', en: 'Person' }, width: 12, value: (r) => r.displayName },
    { header: { 'zh-CN': '罚款', en: 'Fines' }, kind: 'money', value: (r) => r.postedFen },
    { header: { 'zh-CN': '撤销', en: 'Reversed' }, kind: 'money', value: (r) => r.reversedFen },
    { header: { 'zh-CN': '应扣罚款', en: 'Net fines to deduct' }, kind: 'money', value: (r) => r.netFen },
  ];
  return exportList(ctx, {
    entity: 'fines',
    sheet: { 'zh-CN': '月度罚款', en: 'Monthly fines' },
    filters: q,
    fetch: async () => {
      const rows = await monthFines(ctx.db, actor, q.month, ctx.clock.now());
      const sum = (f: (r: FinesRow) => bigint) => rows.reduce((n, r) => n + f(r), 0n);
      const total: FinesRow = {
        userId: null,
        username: '',
        displayName: ctx.lang === 'en' ? 'Total' : '合计',
        unitName: '',
        postedFen: sum((r) => r.postedFen),
        reversedFen: sum((r) => r.reversedFen),
        netFen: sum((r) => r.netFen),
      };
      return [...rows, total];
    },
    columns,
  });
}
