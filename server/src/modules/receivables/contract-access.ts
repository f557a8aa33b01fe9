import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { contracts } from '../contracts/tables.js';

/** What the receivables need of a contract (read only; the contracts module owns the table). */
export interface ContractForMoney {
  id: string;
  number: string;
  kind: 'intent' | 'main' | 'supplement';
  status: string;
  customerId: string;
  ownerId: string;
  unitId: string;
  amountFen: bigint;
  signedOn: string | null;
}

const columns = {
  id: contracts.id,
  number: contracts.number,
  kind: contracts.kind,
  status: contracts.status,
  customerId: contracts.customerId,
  ownerId: contracts.ownerId,
  unitId: contracts.unitId,
  amountFen: contracts.amountFen,
  signedOn: contracts.signedOn,
};

/** ORG-5 on a contract's money: the permission's scope on the contract's owner and unit. */
export function contractScope(actor: Actor, permission: string): SQL {
  return scopeCondition(actor, permission, { owner: contracts.ownerId, unit: contracts.unitId });
}

/** A contract in the actor's scope for `permission`; 404 otherwise (also for another's contract). */
export async function contractInScope(
  db: DbOrTx,
  actor: Actor,
  id: string,
  permission: string,
): Promise<ContractForMoney> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await db
    .select(columns)
    .from(contracts)
    .where(and(eq(contracts.id, id), contractScope(actor, permission)));
  if (!row) throw appError('NOT_FOUND');
  return row;
}

/** A contract by id, no scope (the caller has checked access another way). */
export async function contractById(db: DbOrTx, id: string): Promise<ContractForMoney | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select(columns).from(contracts).where(eq(contracts.id, id));
  return row ?? null;
}

/** AR-1: only a signed main contract has a payment plan. */
export function assertSignedMain(c: ContractForMoney): void {
  if (c.kind !== 'main' || c.status !== 'signed') throw appError('CONTRACT_NOT_SIGNED');
}

/** Main amount plus the deltas of the signed supplements (Q2C-8). */
export async function contractAmountFen(db: DbOrTx, c: ContractForMoney): Promise<bigint> {
  const [row] = await db
    .select({ total: sql<string>`coalesce(sum(${contracts.deltaFen}), 0)::text` })
    .from(contracts)
    .where(
      and(
        eq(contracts.mainContractId, c.id),
        eq(contracts.kind, 'supplement'),
        eq(contracts.status, 'signed'),
      ),
    );
  return c.amountFen + BigInt(row?.total ?? '0');
}
