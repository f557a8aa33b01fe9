import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { type ContractRow, contractScope, contracts } from '../contracts/index.js';
import type { Permission } from '../permission-codes.js';

/** What the receivables need of a contract (read only; the contracts module owns the table). */
export interface ContractForMoney {
  id: string;
  number: string;
  kind: ContractRow['kind'];
  status: ContractRow['status'];
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

/** A contract in the actor's scope for `permission`; 404 otherwise (also for another's contract). */
export async function contractInScope(
  db: DbOrTx,
  actor: Actor,
  id: string,
  permission: Permission,
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
