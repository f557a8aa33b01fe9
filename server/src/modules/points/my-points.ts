import { and, eq, inArray } from 'drizzle-orm';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { type Ctx, requireActor } from '../../platform/context.js';
import { endOfLocalDay } from '../../platform/deadlines/calendar.js';
import { balanceOf, lotsOf } from '../../platform/ledger/ledger.js';
import { ledgerEntries } from '../../platform/ledger/tables.js';
import { readPolicy } from '../../platform/policies/read.js';
import { iso, isoOrNull } from '../../platform/schemas.js';
import { POINTS_ACCOUNT } from './award.js';
import { expiryNoticeDays } from './policies.js';
import { refOf } from './refs.js';
import type { TPointsSummary, TPointsSummaryQuery } from './schemas.js';
import { mayPropose, personInScope } from './scope.js';

const DAY_MS = 24 * 3_600_000;

/**
 * INC-5: a person's points — their own, or someone's in the reader's points:read scope (else
 * 404): the live balance (expired lots excluded even before the expiry job writes them off), the
 * balance as of a day's end, what expires within points.expiryNoticeDays, and every lot with what
 * it has left, its expiry and the record that earned it (newest first).
 */
export async function pointsSummary(ctx: Ctx, q: TPointsSummaryQuery): Promise<TPointsSummary> {
  const actor = requireActor(ctx);
  const now = ctx.clock.now();
  const person = await personInScope(ctx.db, actor, q.userId ?? actor.id);
  const balance = await balanceOf(ctx.db, POINTS_ACCOUNT, person.id, { asOf: now });
  let asOf: TPointsSummary['asOf'] = null;
  if (q.asOf) {
    const end = endOfLocalDay(q.asOf, await readCompanyTimeZone(ctx.db, now));
    const at = end.getTime() > now.getTime() ? now : end;
    asOf = {
      date: q.asOf,
      balance: (await balanceOf(ctx.db, POINTS_ACCOUNT, person.id, { asOf: at })).toString(),
    };
  }
  const days = await readPolicy(ctx.db, expiryNoticeDays, now);
  const lots = await lotsOf(ctx.db, POINTS_ACCOUNT, person.id);
  const memos = new Map(
    lots.length === 0
      ? []
      : (
          await ctx.db
            .select({ id: ledgerEntries.id, memo: ledgerEntries.memo })
            .from(ledgerEntries)
            .where(
              and(
                eq(ledgerEntries.account, POINTS_ACCOUNT),
                inArray(
                  ledgerEntries.id,
                  lots.map((l) => l.id),
                ),
              ),
            )
        ).map((r) => [r.id, r.memo]),
  );
  const live = (l: { expiresAt: Date | null }) =>
    l.expiresAt === null || l.expiresAt.getTime() > now.getTime();
  const horizon = now.getTime() + days * DAY_MS;
  const soon = lots.filter(
    (l) => live(l) && l.remaining > 0n && l.expiresAt && l.expiresAt.getTime() <= horizon,
  );
  const firstOn = soon.reduce<Date | null>((d, l) => (d && d < l.expiresAt! ? d : l.expiresAt), null);
  return {
    person: {
      id: person.id,
      username: person.username,
      displayName: person.displayName,
      unit: { id: person.unitId, name: person.unitName },
    },
    balance: balance.toString(),
    asOf,
    expiringSoon: {
      days,
      points: soon.reduce((n, l) => n + l.remaining, 0n).toString(),
      firstOn: isoOrNull(firstOn),
    },
    lots: [...lots]
      .sort((a, b) => b.at.getTime() - a.at.getTime() || b.seq - a.seq)
      .map((l) => ({
        id: l.id,
        kind: l.kind,
        amount: l.amount.toString(),
        remaining: (live(l) ? l.remaining : 0n).toString(),
        at: iso(l.at),
        expiresAt: isoOrNull(l.expiresAt),
        expired: !live(l),
        ref: refOf(l.refType, l.refId, memos.get(l.id)),
      })),
    canPropose: await mayPropose(ctx.db, actor, person.id),
  };
}
