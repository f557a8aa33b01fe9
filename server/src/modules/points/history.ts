import { and, eq } from 'drizzle-orm';
import { type Ctx, requireActor } from '../../platform/context.js';
import { ledgerEntries } from '../../platform/ledger/tables.js';
import { listPage } from '../../platform/lists/list-page.js';
import { users } from '../../platform/org/tables.js';
import { iso, isoOrNull } from '../../platform/schemas.js';
import { POINTS_ACCOUNT } from './award.js';
import { refOf } from './refs.js';
import type { TPointsEntry, TPointsHistoryQuery } from './schemas.js';
import { personInScope } from './scope.js';

/**
 * INC-5/"why this number": a person's points entries newest first, paged in SQL — awards,
 * redemptions, expiries, reversals — each with the record behind it and the figures and policy
 * values its memo kept. Own, or in the reader's points:read scope (else 404).
 */
export async function pointsHistory(ctx: Ctx, q: TPointsHistoryQuery) {
  const actor = requireActor(ctx);
  const person = await personInScope(ctx.db, actor, q.userId ?? actor.id);
  return listPage({
    db: ctx.db,
    rows: ctx.db
      .select({ e: ledgerEntries, by: users.displayName })
      .from(ledgerEntries)
      .leftJoin(users, eq(users.id, ledgerEntries.actorId))
      .$dynamic(),
    count: ctx.db.select().from(ledgerEntries).$dynamic(),
    scope: and(eq(ledgerEntries.account, POINTS_ACCOUNT), eq(ledgerEntries.holderId, person.id))!,
    sort: { keys: { at: ledgerEntries.at }, default: 'at', order: 'desc', tieBreaker: ledgerEntries.seq },
    query: { ...q, sort: 'at', order: 'desc' },
    toItems: async (rows): Promise<TPointsEntry[]> =>
      rows.map(({ e, by }) => ({
        id: e.id,
        at: iso(e.at),
        amount: e.amount.toString(),
        kind: e.kind,
        expiresAt: isoOrNull(e.expiresAt),
        reversesId: e.reversesId,
        ref: refOf(e.refType, e.refId, e.memo),
        why: (e.memo as Record<string, unknown> | null) ?? null,
        by: by ?? null,
      })),
  });
}
