import type { DbOrTx, Tx } from '../../db/client.js';
import type { Ctx } from '../../platform/context.js';
import { defineDomainEvent } from '../../platform/events/domain-events.js';
import { definePort } from '../../platform/events/ports.js';
import type { ContractRow } from './scope.js';

/** A contract as it is once verified and signed (Q2C-7), with its signing date. */
export type SignedContractRow = ContractRow & { signedOn: string };

/**
 * Q2C-7/Q2C-8: a contract was verified and signed, in the signing transaction. Receivables
 * turns it into what the customer owes (AR-1): a main contract's payment plan, a supplement's
 * extra instalment or credit note.
 */
export const contractSigned = defineDomainEvent<{ contract: SignedContractRow }>('contract.signed');

/** What a customer owes as of a day: open instalments, and those of them past due. */
export interface CustomerDebt {
  outstandingFen: bigint;
  overdueFen: bigint;
}

/**
 * CUS-9: the credit check weighs what the customer owes; receivables, which holds the
 * instalments, answers (ADR 16).
 */
export const customerDebtPort =
  definePort<(db: DbOrTx, customerId: string, today: string) => Promise<CustomerDebt>>(
    'contracts.customerDebt',
  );

/**
 * AR-1: whether an entered payment split needs approval — an instalment due beyond the
 * collection period after the signing date. Receivables, which owns the terms and the plan-change
 * approvers, answers; when it does, it submits the entry for approval and returns true.
 */
export const signingPlanReviewPort = definePort<
  (tx: Tx, ctx: Ctx, contract: ContractRow) => Promise<boolean>
>('contracts.signingPlanReview');
