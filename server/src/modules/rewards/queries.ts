import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import { type Actor, type Ctx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { users } from '../../platform/org/tables.js';
import { iso, isoOrNull, isUuid } from '../../platform/schemas.js';
import type { TRedemption, TRedemptionQuery } from './schemas.js';
import { redemptionReadScope } from './scope.js';
import { redemptions, rewardItems } from './tables.js';

function selectRedemptions(db: DbOrTx) {
  return db
    .select({
      r: redemptions,
      username: users.username,
      displayName: users.displayName,
      itemName: rewardItems.name,
      itemKind: rewardItems.kind,
    })
    .from(redemptions)
    .innerJoin(users, eq(users.id, redemptions.userId))
    .innerJoin(rewardItems, eq(rewardItems.id, redemptions.itemId));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectRedemptions>['where']>>[number];

function toItems(actor: Actor, rows: Row[]): TRedemption[] {
  const keeper = actor.permissions['reward:manage'] !== undefined;
  return rows.map(({ r, ...x }) => ({
    id: r.id,
    user: { id: r.userId, username: x.username, displayName: x.displayName },
    item: { id: r.itemId, name: x.itemName, kind: x.itemKind },
    quantity: r.quantity,
    unitPoints: r.unitPoints.toString(),
    points: r.points.toString(),
    status: r.status,
    note: r.note,
    createdAt: iso(r.createdAt),
    decidedAt: isoOrNull(r.decidedAt),
    fulfilledAt: isoOrNull(r.fulfilledAt),
    canWithdraw: r.status === 'submitted' && r.userId === actor.id,
    canFulfil: r.status === 'approved' && keeper,
  }));
}

/** INC-6: the redemptions the actor may read (their own; to approve; all for the keepers), filtered and paged in SQL. */
export function listRedemptions(ctx: Ctx, q: TRedemptionQuery) {
  const actor = requireActor(ctx);
  return listPage({
    db: ctx.db,
    rows: selectRedemptions(ctx.db).$dynamic(),
    count: ctx.db.select().from(redemptions).$dynamic(),
    scope: redemptionReadScope(actor),
    filters: [
      q.status ? eq(redemptions.status, q.status) : undefined,
      q.mine ? eq(redemptions.userId, actor.id) : undefined,
    ],
    sort: {
      keys: { createdAt: redemptions.createdAt, points: redemptions.points },
      default: 'createdAt',
      order: 'desc',
      tieBreaker: redemptions.id,
    },
    query: q,
    toItems: (rows) => toItems(actor, rows),
  });
}

/** INC-6: one redemption the actor may read (404 outside scope). */
export async function getRedemption(db: DbOrTx, actor: Actor, id: string): Promise<TRedemption> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const rows = await selectRedemptions(db).where(and(eq(redemptions.id, id), redemptionReadScope(actor)));
  const [item] = toItems(actor, rows);
  if (!item) throw appError('NOT_FOUND');
  return item;
}

/** The keeper's condition for handing a reward over (reward:manage's scope). */
export const keeperScope = (actor: Actor) =>
  scopeCondition(actor, 'reward:manage', { owner: redemptions.userId, unit: redemptions.unitId });
