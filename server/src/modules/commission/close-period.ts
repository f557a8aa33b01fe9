import { and, asc, eq } from 'drizzle-orm';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { postEntry } from '../../platform/ledger/ledger.js';
import { assertMonthOver } from './generate-statements.js';
import type { TPeriodBody } from './schemas.js';
import { commissionStatements } from './tables.js';

/** INC-1: the ledger account commission is posted to (holder: the person). */
export const COMMISSION_ACCOUNT = 'commission';

/**
 * INC-1: finance closes a month: its approved statements become closed (immutable) and each
 * positive total is posted to the person's commission account (kind statement, once per
 * statement by its idempotency key). A zero total posts nothing; a negative total posts nothing
 * and is carried into the person's next statement as a negative line. Statements not yet
 * approved stay open and are closed by a later close of the same month.
 */
export function closePeriod(ctx: Ctx, input: TPeriodBody) {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const at = ctx.clock.now();
    await assertMonthOver(tx, at, input.period);
    const rows = await tx
      .select()
      .from(commissionStatements)
      .where(and(eq(commissionStatements.period, input.period), eq(commissionStatements.status, 'approved')))
      .orderBy(asc(commissionStatements.id))
      .for('update');
    let posted = 0n;
    for (const s of rows) {
      const entry =
        s.commissionFen > 0n
          ? await postEntry(tx, ctx, {
              account: COMMISSION_ACCOUNT,
              holderId: s.userId,
              amount: s.commissionFen,
              kind: 'statement',
              refType: 'commission_statement',
              refId: s.id,
              idempotencyKey: `statement:${s.id}`,
              memo: { period: s.period },
            })
          : null;
      if (entry) posted += s.commissionFen;
      await tx
        .update(commissionStatements)
        .set({
          status: 'closed',
          closedAt: at,
          closedBy: actor.id,
          ledgerEntryId: entry?.id ?? null,
          updatedAt: at,
        })
        .where(eq(commissionStatements.id, s.id));
      await audit(tx, ctx, {
        entity: 'commission_statement',
        entityId: s.id,
        action: 'commissionStatement.close',
        before: { status: s.status },
        after: { status: 'closed', commissionFen: s.commissionFen, ledgerEntryId: entry?.id ?? null },
      });
    }
    return { period: input.period, closed: rows.length, postedFen: posted.toString() };
  });
}
