import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { type Ctx, requireActor } from '../../platform/context.js';
import { endOfLocalDay, localDate, startOfLocalDay } from '../../platform/deadlines/calendar.js';
import { EXPIRY_KIND } from '../../platform/ledger/ledger.js';
import { unitSubtreeIdsSql } from '../../platform/org/tree.js';
import { monthCodeOf, period } from '../../platform/periods/periods.js';
import { POINTS_ACCOUNT } from './award.js';
import type { TPointsBoard, TPointsBoardQuery, TPointsBoardRow } from './schemas.js';

/** Kinds the rewards module posts for a redemption and its return. */
const REDEEMED = 'redeemed';
const RETURNED = 'redemption_returned';

interface FigureRow {
  balance: string;
  earned: string;
  redeemed: string;
  expired: string;
}

/**
 * Per person with a points account: the live balance now (lots not expired, what they have
 * left), and in the period: earned (awards), redeemed (redemptions less those returned), expired.
 */
function peopleSql(unitId: string | undefined, from: Date, to: Date, now: Date): SQL {
  const f = from.toISOString();
  const t = to.toISOString();
  const n = now.toISOString();
  const inPeriod = sql`e.at >= ${f}::timestamptz and e.at <= ${t}::timestamptz`;
  return sql`select u.id::text as id, u.username, u.display_name as "displayName",
      un.id::text as "unitId", un.name as "unitName",
      coalesce((select sum(l.amount - coalesce((select sum(c.amount) from ledger_lot_consumptions c where c.lot_id = l.id), 0))
        from ledger_entries l where l.account = ${POINTS_ACCOUNT} and l.holder_id = u.id and l.amount > 0
          and l.reverses_id is null and (l.expires_at is null or l.expires_at > ${n}::timestamptz)), 0)::bigint as balance,
      coalesce((select sum(e.amount) from ledger_entries e where e.account = ${POINTS_ACCOUNT} and e.holder_id = u.id
          and e.amount > 0 and e.reverses_id is null and ${inPeriod}), 0)::bigint as earned,
      coalesce((select -sum(e.amount) from ledger_entries e where e.account = ${POINTS_ACCOUNT} and e.holder_id = u.id
          and e.kind in (${REDEEMED}, ${RETURNED}) and ${inPeriod}), 0)::bigint as redeemed,
      coalesce((select -sum(e.amount) from ledger_entries e where e.account = ${POINTS_ACCOUNT} and e.holder_id = u.id
          and e.kind = ${EXPIRY_KIND} and ${inPeriod}), 0)::bigint as expired
    from users u join units un on un.id = u.unit_id
    where exists (select 1 from ledger_entries x where x.account = ${POINTS_ACCOUNT} and x.holder_id = u.id)
      ${unitId ? sql`and u.unit_id in ${unitSubtreeIdsSql(unitId)}` : sql``}`;
}

const sortSql: Record<TPointsBoardQuery['sort'], SQL> = {
  balance: sql`balance`,
  earned: sql`earned`,
  redeemed: sql`redeemed`,
  expired: sql`expired`,
  name: sql`"displayName"`,
};

type Row = FigureRow & {
  id: string;
  username: string;
  displayName: string;
  unitId: string;
  unitName: string;
};

const figures = (r: FigureRow) => ({
  balance: String(r.balance),
  earned: String(r.earned),
  redeemed: String(r.redeemed),
  expired: String(r.expired),
});

export const toBoardRow = (r: Row): TPointsBoardRow => ({
  person: { id: r.id, username: r.username, displayName: r.displayName },
  unit: { id: r.unitId, name: r.unitName },
  ...figures(r),
});

/** The period's code and instants (default: the current month, company time zone). */
export async function boardPeriod(db: DbOrTx, at: Date, code?: string) {
  const tz = await readCompanyTimeZone(db, at);
  const p = period(code ?? monthCodeOf(localDate(at, tz)));
  return {
    code: p.code,
    from: p.from,
    to: p.to,
    start: startOfLocalDay(p.from, tz),
    end: endOfLocalDay(p.to, tz),
  };
}

/** The board's people in order, `limit` from `offset` (the export takes them all). */
export async function boardRows(ctx: Ctx, q: TPointsBoardQuery, limit: number, offset = 0): Promise<Row[]> {
  const now = ctx.clock.now();
  const p = await boardPeriod(ctx.db, now, q.period);
  const dir = q.order === 'asc' ? sql`asc` : sql`desc`;
  return queryRows<Row>(
    ctx.db,
    sql`select * from (${peopleSql(q.unitId, p.start, p.end, now)}) b
        order by ${sortSql[q.sort]} ${dir}, "displayName" asc, id asc limit ${limit} offset ${offset}`,
  );
}

/**
 * INC-6 ("usage is published"): the points board — for a month, quarter or year, each person's
 * balance and what they earned, redeemed and saw expire, per unit and for the company (or a
 * unit's subtree). Published to everyone with points:board; paged and sorted in SQL.
 */
export async function pointsBoard(ctx: Ctx, q: TPointsBoardQuery): Promise<TPointsBoard> {
  const actor = requireActor(ctx);
  const now = ctx.clock.now();
  const p = await boardPeriod(ctx.db, now, q.period);
  const items = await boardRows(ctx, q, q.pageSize, (q.page - 1) * q.pageSize);
  const units = await queryRows<FigureRow & { unitId: string; unitName: string; people: number }>(
    ctx.db,
    sql`select "unitId", "unitName", count(*)::int as people, sum(balance)::bigint as balance,
          sum(earned)::bigint as earned, sum(redeemed)::bigint as redeemed, sum(expired)::bigint as expired
        from (${peopleSql(q.unitId, p.start, p.end, now)}) b group by "unitId", "unitName" order by "unitName"`,
  );
  const sum = (k: keyof FigureRow) => units.reduce((n, u) => n + BigInt(u[k]), 0n).toString();
  return {
    period: p.code,
    from: p.from,
    to: p.to,
    items: items.map(toBoardRow),
    total: units.reduce((n, u) => n + u.people, 0),
    totalCapped: false,
    page: q.page,
    pageSize: q.pageSize,
    units: units.map((u) => ({ unit: { id: u.unitId, name: u.unitName }, people: u.people, ...figures(u) })),
    totals: {
      people: units.reduce((n, u) => n + u.people, 0),
      balance: sum('balance'),
      earned: sum('earned'),
      redeemed: sum('redeemed'),
      expired: sum('expired'),
    },
    canPropose: Boolean(actor.permissions['points:award']),
  };
}
