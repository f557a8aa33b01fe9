import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
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

/**
 * Q2C-10/Q2C-8: the contract an order or a return executes — a signed main contract the actor
 * may read (contract:read's scope). Outside scope → 404; not a signed main contract → 422.
 * Read-only: the contracts module owns the contract's life.
 */
export async function signedMainContract(db: DbOrTx, actor: Actor, id: string): Promise<ContractSource> {
  const [row] = await db
    .select({
      id: contracts.id,
      number: contracts.number,
      title: contracts.title,
      kind: contracts.kind,
      status: contracts.status,
      customerId: contracts.customerId,
      ownerId: contracts.ownerId,
      unitId: contracts.unitId,
      amountFen: contracts.amountFen,
      deltaFen: sql<string>`coalesce((select sum(s.delta_fen) from contracts s
        where s.main_contract_id = ${contracts.id} and s.kind = 'supplement' and s.status = 'signed'), 0)::text`,
    })
    .from(contracts)
    .where(
      and(
        eq(contracts.id, id),
        scopeCondition(actor, 'contract:read', { owner: contracts.ownerId, unit: contracts.unitId }),
      ),
    );
  if (!row) throw appError('NOT_FOUND', { contractId: notFound });
  if (row.kind !== 'main' || row.status !== 'signed') {
    throw appError('CONTRACT_NOT_SIGNED_MAIN', {
      contractId: {
        'zh-CN': '请选择已签订的主合同',
        en: 'Choose a signed main contract',
      },
    });
  }
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    customerId: row.customerId,
    ownerId: row.ownerId,
    unitId: row.unitId,
    amountFen: BigInt(row.amountFen) + BigInt(row.deltaFen),
  };
}

const notFound = { 'zh-CN': '合同不存在或无权查看', en: 'No such contract in your scope' };
