import { and, eq, ilike, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import type { Ctx } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { iso, isUuid } from '../../platform/schemas.js';
import type { TRewardItem, TRewardItemQuery } from './schemas.js';
import { rewardItems } from './tables.js';

export type RewardItemRow = typeof rewardItems.$inferSelect;

export function toRewardItem(r: RewardItemRow): TRewardItem {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    description: r.description,
    valueFen: r.valueFen.toString(),
    exchangeRatio: r.exchangeRatio,
    pointsPrice: r.pointsPrice.toString(),
    stock: r.stock,
    active: r.active,
    updatedAt: iso(r.updatedAt),
  };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** INC-6: the reward catalogue (everyone reads it), filtered by kind, offered or not, and name; paged in SQL. */
export function listRewardItems(ctx: Ctx, q: TRewardItemQuery) {
  const filters: (SQL | undefined)[] = [
    q.kind ? eq(rewardItems.kind, q.kind) : undefined,
    q.active === undefined ? undefined : eq(rewardItems.active, q.active),
    q.q ? ilike(rewardItems.name, `%${escapeLike(q.q)}%`) : undefined,
  ];
  return listPage({
    db: ctx.db,
    rows: ctx.db.select().from(rewardItems).$dynamic(),
    count: ctx.db.select().from(rewardItems).$dynamic(),
    scope: undefined,
    filters,
    sort: {
      keys: {
        name: rewardItems.name,
        pointsPrice: rewardItems.pointsPrice,
        updatedAt: rewardItems.updatedAt,
      },
      default: 'pointsPrice',
      order: 'asc',
      tieBreaker: rewardItems.id,
    },
    query: q,
    toItems: (rows) => rows.map(toRewardItem),
  });
}

/** INC-6: one reward of the catalogue. */
export async function getRewardItem(db: DbOrTx, id: string): Promise<TRewardItem> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await db
    .select()
    .from(rewardItems)
    .where(and(eq(rewardItems.id, id)));
  if (!row) throw appError('NOT_FOUND');
  return toRewardItem(row);
}
