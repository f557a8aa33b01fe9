import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import type { Ctx } from '../../platform/context.js';
import { companyToday } from '../../platform/deadlines/company-date.js';
import { customers } from '../customers/index.js';
import { customerDebtPort } from './events.js';
import type { TCreditCheck } from './schemas.js';
import type { ContractRow } from './scope.js';

/** The amount the approval chain weighs: the contract amount, for a supplement the size of its change. */
export function approvalAmount(c: Pick<ContractRow, 'kind' | 'amountFen' | 'deltaFen'>): bigint {
  if (c.kind !== 'supplement') return c.amountFen;
  const d = c.deltaFen ?? 0n;
  return d < 0n ? -d : d;
}

/** What the contract adds to the customer's debt: its amount; a supplement only an increase. */
function addedDebt(c: Pick<ContractRow, 'kind' | 'amountFen' | 'deltaFen'>): bigint {
  if (c.kind !== 'supplement') return c.amountFen;
  const d = c.deltaFen ?? 0n;
  return d > 0n ? d : 0n;
}

/**
 * CUS-9: a new contract needs the credit step when the customer has a credit limit and what it
 * owes plus this contract is above it, or when it has overdue debt. Figures as of today
 * (company calendar); stored on the contract at submission so the page can say why.
 */
export async function creditCheckOf(tx: Tx, ctx: Ctx, contract: ContractRow): Promise<TCreditCheck> {
  const today = await companyToday(tx, ctx.clock.now());
  const [customer] = await tx
    .select({ limit: customers.creditLimitFen })
    .from(customers)
    .where(eq(customers.id, contract.customerId));
  const limit = customer?.limit ?? null;
  const debt = await customerDebtPort.call(tx, contract.customerId, today);
  const amount = addedDebt(contract);
  const reasons: TCreditCheck['reasons'] = [];
  if (limit !== null && debt.outstandingFen + amount > limit) reasons.push('over_limit');
  if (debt.overdueFen > 0n) reasons.push('overdue');
  return {
    limitFen: limit === null ? null : String(limit),
    outstandingFen: String(debt.outstandingFen),
    overdueFen: String(debt.overdueFen),
    amountFen: String(amount),
    reasons,
    asOf: today,
  };
}

/** Whether a stored credit check raised the credit risk flag. */
export function hasCreditRisk(check: unknown): boolean {
  const reasons = (check as TCreditCheck | null)?.reasons;
  return Array.isArray(reasons) && reasons.length > 0;
}
