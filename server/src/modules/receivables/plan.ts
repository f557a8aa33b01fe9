import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import type { Ctx } from '../../platform/context.js';
import { addLocalDays } from '../../platform/deadlines/calendar.js';
import { appError } from '../../platform/errors.js';
import { readPolicy } from '../../platform/policies/read.js';
import { customers } from '../customers/index.js';
import { collectionDays, collectionDaysByCustomerType } from './policies.js';
import { instalments } from './tables.js';

/** What the plan needs to know about a signed contract. */
export interface SignedContract {
  id: string;
  customerId: string;
  ownerId: string;
  unitId: string;
  amountFen: bigint;
  /** The signing date (company calendar), YYYY-MM-DD. */
  signedOn: string;
}

export interface PlannedInstalment {
  dueDate: string;
  amountFen: bigint;
}

/**
 * AR-1: the payment plan made when a main contract is signed. Without an agreed split, one
 * instalment for the whole amount, due `ar.collectionDays` (policy, read now for the contract's
 * unit) after the signing date. An agreed split must add up to the contract amount. The dates are
 * stored, so a later change of the policy does not move them.
 */
export async function createSigningPlan(
  tx: Tx,
  ctx: Ctx,
  contract: SignedContract,
  split?: PlannedInstalment[],
): Promise<(typeof instalments.$inferSelect)[]> {
  let rows: PlannedInstalment[];
  if (split && split.length > 0) {
    const sum = split.reduce((n, s) => n + s.amountFen, 0n);
    if (sum !== contract.amountFen) throw appError('PLAN_SUM_MISMATCH');
    rows = [...split].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  } else {
    const days = await signingTermDays(tx, ctx.clock.now(), contract);
    rows = [{ dueDate: addLocalDays(contract.signedOn, days), amountFen: contract.amountFen }];
  }
  return insertInstalments(tx, ctx, contract, rows, 'signing', contract.id);
}

/**
 * AR-1/AR-2: days from signing to payment for this contract's customer — the customer type's own
 * terms when the policy lists them, else the collection period. Read at `at` for the contract's unit.
 */
export async function signingTermDays(
  tx: Tx,
  at: Date,
  contract: Pick<SignedContract, 'customerId' | 'unitId'>,
): Promise<number> {
  const [customer] = await tx
    .select({ type: customers.type })
    .from(customers)
    .where(eq(customers.id, contract.customerId));
  const byType = await readPolicy(tx, collectionDaysByCustomerType, at, contract.unitId);
  const own = customer ? byType[customer.type] : undefined;
  return own ?? (await readPolicy(tx, collectionDays, at, contract.unitId));
}

/** Appends instalments in force to a contract's plan (numbered after the existing ones). */
export async function insertInstalments(
  tx: Tx,
  ctx: Ctx,
  contract: Pick<SignedContract, 'id' | 'customerId' | 'ownerId' | 'unitId'>,
  rows: PlannedInstalment[],
  origin: (typeof instalments.$inferInsert)['origin'],
  originId: string,
  planVersion?: number,
) {
  if (rows.length === 0) return [];
  const [last] = await tx
    .select({
      seq: sql<number>`coalesce(max(${instalments.seq}), 0)::int`,
      version: sql<number>`coalesce(max(${instalments.planVersion}), 1)::int`,
    })
    .from(instalments)
    .where(eq(instalments.contractId, contract.id));
  const at = ctx.clock.now();
  const inserted = await tx
    .insert(instalments)
    .values(
      rows.map((r, i) => ({
        contractId: contract.id,
        customerId: contract.customerId,
        ownerId: contract.ownerId,
        unitId: contract.unitId,
        planVersion: planVersion ?? last?.version ?? 1,
        seq: (last?.seq ?? 0) + i + 1,
        dueDate: r.dueDate,
        amountFen: r.amountFen,
        origin,
        originId,
        createdAt: at,
        createdBy: ctx.actor?.id ?? null,
        updatedAt: at,
      })),
    )
    .returning();
  await audit(tx, ctx, {
    entity: 'contract',
    entityId: contract.id,
    action: `instalments.${origin}`,
    after: inserted,
  });
  return inserted;
}

/** The instalments in force of a contract, in order. */
export function instalmentsInForce(tx: Tx, contractId: string) {
  return tx
    .select()
    .from(instalments)
    .where(and(eq(instalments.contractId, contractId), isNull(instalments.supersededAt)))
    .orderBy(instalments.dueDate, instalments.seq);
}
