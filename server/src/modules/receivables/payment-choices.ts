import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import type { Actor } from '../../platform/context.js';
import { contracts, effectiveAmountSql } from '../contracts/index.js';
import { customerInScope } from '../customers/index.js';
import type { TPaymentChoices } from './schemas.js';
import { instalments, payments } from './tables.js';

/**
 * AR-2/AR-4: what the payment form offers for a customer in the actor's scope — the payer of
 * their latest payment (else the customer's name) and their signed main contracts with what is
 * still open on each (outstanding less what awaits confirmation), open ones first.
 */
export async function paymentChoices(db: DbOrTx, actor: Actor, customerId: string): Promise<TPaymentChoices> {
  const customer = await customerInScope(db, actor, customerId);
  const [last] = await db
    .select({ payer: payments.payer })
    .from(payments)
    .where(eq(payments.customerId, customer.id))
    .orderBy(desc(payments.createdAt), desc(payments.id))
    .limit(1);
  const rows = await db
    .select({
      id: contracts.id,
      number: contracts.number,
      signedOn: contracts.signedOn,
      amount: effectiveAmountSql(contracts),
      outstanding: sql<string>`coalesce(sum(${instalments.amountFen} - ${instalments.settledFen}), 0)::text`,
      pending: sql<string>`coalesce(sum(${instalments.reservedFen}), 0)::text`,
    })
    .from(contracts)
    .leftJoin(instalments, and(eq(instalments.contractId, contracts.id), isNull(instalments.supersededAt)))
    .where(
      and(eq(contracts.customerId, customer.id), eq(contracts.kind, 'main'), eq(contracts.status, 'signed')),
    )
    .groupBy(contracts.id)
    .orderBy(desc(contracts.signedOn), desc(contracts.number))
    .limit(200);
  const choices = rows.map((r) => {
    const outstanding = BigInt(r.outstanding);
    const pending = BigInt(r.pending);
    const open = outstanding > pending ? outstanding - pending : 0n;
    return {
      id: r.id,
      number: r.number,
      signedOn: r.signedOn,
      amountFen: r.amount,
      outstandingFen: outstanding.toString(),
      pendingFen: pending.toString(),
      openFen: open.toString(),
    };
  });
  choices.sort((a, b) => Number(BigInt(a.openFen) === 0n) - Number(BigInt(b.openFen) === 0n));
  return { payer: last?.payer ?? customer.name, contracts: choices };
}
