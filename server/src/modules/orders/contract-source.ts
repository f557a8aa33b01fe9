import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { assertSignedMain, effectiveAmountFen } from '../contracts/index.js';
import { contractScope } from '../contracts/scope.js';
import { contracts } from '../contracts/tables.js';

export interface ContractSource {
  id: string;
  number: string;
  title: string;
  customerId: string;
  ownerId: string;
  unitId: string;
  /** The main amount plus the deltas of its signed supplements (Q2C-8). */
  amountFen: bigint;
}

const notFound = { 'zh-CN': '合同不存在或无权查看', en: 'No such contract in your scope' };

/**
 * Q2C-10/Q2C-8: the contract an order or a return executes — a signed main contract the actor
 * may read (contract:read's scope). Outside scope → 404; not a signed main contract → 422.
 * Read-only: the contracts module owns the contract's life.
 */
export async function signedMainContract(db: DbOrTx, actor: Actor, id: string): Promise<ContractSource> {
  if (!isUuid(id)) throw appError('NOT_FOUND', { contractId: notFound });
  const [row] = await db
    .select()
    .from(contracts)
    .where(and(eq(contracts.id, id), contractScope(actor, 'contract:read')));
  if (!row) throw appError('NOT_FOUND', { contractId: notFound });
  assertSignedMain(row);
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    customerId: row.customerId,
    ownerId: row.ownerId,
    unitId: row.unitId,
    amountFen: await effectiveAmountFen(db, row),
  };
}
