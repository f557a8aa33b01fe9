import { and, eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import type { Ctx } from '../../platform/context.js';
import { type LedgerEntry, postEntry } from '../../platform/ledger/ledger.js';
import { ledgerEntries } from '../../platform/ledger/tables.js';
import { readPolicy } from '../../platform/policies/read.js';
import { basicValidMonths, type ExtraRule, extraPointsPolicies, extraValidMonths } from './policies.js';

/** INC-2: the ledger account of points (one per person: holder = the user). */
export const POINTS_ACCOUNT = 'points';

/** INC-5: `months` calendar months after `at`, the day clamped to the target month's last day. */
export function monthsAfter(at: Date, months: number): Date {
  const d = new Date(at.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

export interface PointsAward {
  userId: string;
  /** What earned them: `basic`, or an extra rule (INC-4). */
  rule: 'basic' | ExtraRule;
  /** The points; for an extra rule, absent means the rule's policy amount. */
  points?: bigint;
  /**
   * The event that earns them, unique per award (e.g. `basic:payment:<id>`,
   * `month_target_met:<user>:2026-03`): the same key awards once, however often it is sent.
   */
  eventKey: string;
  /** The record behind it (payment, contract, contest, champion, manual award …). */
  refType?: string;
  refId?: string;
  /** Why, in words a person reads (shown in their history), and the figures behind it. */
  memo?: Record<string, unknown>;
}

/**
 * INC-2 … INC-5: awards points as a ledger lot on the person's points account, expiring after
 * the validity the award's kind has (basic: points.basicValidMonths, extra:
 * points.extraValidMonths), in the caller's transaction and audited by the ledger. Idempotent
 * per eventKey; zero points record nothing (null).
 */
export async function awardPoints(tx: Tx, ctx: Ctx, award: PointsAward): Promise<LedgerEntry | null> {
  const now = ctx.clock.now();
  const policyAmount =
    award.rule === 'basic' ? null : BigInt(await readPolicy(tx, extraPointsPolicies[award.rule], now));
  const amount = award.points ?? policyAmount ?? 0n;
  if (amount < 0n) throw new Error('an award is positive: take points back by reversing it');
  const validity = award.rule === 'basic' ? basicValidMonths : extraValidMonths;
  const months = await readPolicy(tx, validity, now);
  const expiresAt = monthsAfter(now, months);
  return postEntry(tx, ctx, {
    account: POINTS_ACCOUNT,
    holderId: award.userId,
    amount,
    kind: award.rule === 'basic' ? 'basic' : `extra:${award.rule}`,
    refType: award.refType,
    refId: award.refId,
    idempotencyKey: award.eventKey,
    // INC-5/"why this number": the figures and the policy values the award used.
    memo: {
      ...award.memo,
      rule: award.rule,
      points: amount.toString(),
      ...(policyAmount === null
        ? {}
        : { policy: extraPointsPolicies[award.rule as ExtraRule].id, policyPoints: policyAmount.toString() }),
      validity: { policy: validity.id, months },
      expiresAt: expiresAt.toISOString(),
    },
    expiresAt,
  });
}

/** Whether an award with this event key was already made (the key awards once). */
export async function awardedBefore(db: DbOrTx, eventKey: string): Promise<boolean> {
  const rows = await db
    .select({ id: ledgerEntries.id })
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.account, POINTS_ACCOUNT), eq(ledgerEntries.idempotencyKey, eventKey)));
  return rows.length > 0;
}
