import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { type Ctx, requireActor } from '../../../platform/context.js';
import { appError } from '../../../platform/errors.js';
import { listPage } from '../../../platform/lists/list-page.js';
import { units, users } from '../../../platform/org/tables.js';
import { iso } from '../../../platform/schemas.js';
import { marketSizes } from '../tables.js';
import type { TMarketSize, TMarketSizeQuery } from './schemas.js';

function selectSizes(db: DbOrTx) {
  return db
    .select({
      m: marketSizes,
      unitName: units.name,
      unitKind: units.kind,
      username: users.username,
      displayName: users.displayName,
    })
    .from(marketSizes)
    .innerJoin(units, eq(units.id, marketSizes.unitId))
    .leftJoin(users, eq(users.id, marketSizes.createdBy));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectSizes>['where']>>[number];

function toItem(r: Row): TMarketSize {
  return {
    id: r.m.id,
    unit: { id: r.m.unitId, name: r.unitName, kind: r.unitKind === 'company' ? 'company' : 'region' },
    year: r.m.year,
    sizeFen: r.m.sizeFen.toString(),
    source: r.m.source,
    enteredOn: r.m.enteredOn,
    enteredBy:
      r.m.createdBy && r.username
        ? { id: r.m.createdBy, username: r.username, displayName: r.displayName ?? r.username }
        : null,
    updatedAt: iso(r.m.updatedAt),
  };
}

/** PLAN-5: the market sizes entered, by year and region; paged and sorted in SQL. */
export function listMarketSizes(ctx: Ctx, q: TMarketSizeQuery) {
  requireActor(ctx);
  return listPage({
    db: ctx.db,
    rows: selectSizes(ctx.db).$dynamic(),
    count: ctx.db.select().from(marketSizes).$dynamic(),
    // market:write is not scoped: the sizes are the company's figures of its regions.
    scope: undefined,
    filters: [
      q.year !== undefined ? eq(marketSizes.year, q.year) : undefined,
      q.unitId ? eq(marketSizes.unitId, q.unitId) : undefined,
    ],
    sort: {
      keys: {
        year: [marketSizes.year, { asc: units.sort }],
        unit: [units.sort, { asc: marketSizes.year }],
        size: marketSizes.sizeFen,
      },
      default: 'year',
      order: 'desc',
      tieBreaker: marketSizes.id,
    },
    query: q,
    toItems: async (rows) => rows.map(toItem),
  });
}

/** One market size, as the list shows it. */
export async function getMarketSize(db: DbOrTx, id: string): Promise<TMarketSize> {
  const [row] = await selectSizes(db).where(eq(marketSizes.id, id));
  if (!row) throw appError('NOT_FOUND');
  return toItem(row);
}
