import { type AnyColumn, and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import type { ContractRow } from './scope.js';
import { contracts } from './tables.js';

/** The signed supplements of a main contract (Q2C-8): what changes its amount. */
const signedSupplementsOf = (mainId: AnyColumn | string) =>
  and(eq(contracts.mainContractId, mainId), eq(contracts.kind, 'supplement'), eq(contracts.status, 'signed'));

/**
 * Q2C-8: a contract's amount in force — a main contract's amount plus the deltas of its signed
 * supplements; a supplement or an intent is its own amount.
 */
export async function effectiveAmountFen(
  db: DbOrTx,
  c: Pick<ContractRow, 'id' | 'kind' | 'amountFen'>,
): Promise<bigint> {
  if (c.kind !== 'main') return c.amountFen;
  const [row] = await db
    .select({ sum: sql<string>`coalesce(sum(${contracts.deltaFen}), 0)::text` })
    .from(contracts)
    .where(signedSupplementsOf(c.id));
  return c.amountFen + BigInt(row?.sum ?? '0');
}

/**
 * The same amount in SQL, as digits, for a main contract's row in another module's query
 * (`amount` and `id` are the columns of the contracts row that query joins).
 */
export function effectiveAmountSql(main: { id: AnyColumn; amountFen: AnyColumn }) {
  return sql<string>`(${main.amountFen} + coalesce((select sum(s.delta_fen) from contracts s
    where s.main_contract_id = ${main.id} and s.kind = 'supplement' and s.status = 'signed'), 0))::text`;
}
