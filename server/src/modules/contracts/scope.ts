import { and, eq, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { scopedExists } from '../../platform/access/scoped-exists.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import { approvalParticipantCondition } from '../../platform/approvals/visibility.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import type { Permission } from '../permission-codes.js';
import { contracts } from './tables.js';

/** The approval document type of contracts (intent, main, supplement). */
export const CONTRACT = 'contract';
/** The file subject of a contract's signed scans. */
export const CONTRACT_SUBJECT = 'contract';
export const SIGNED_SCAN = 'signed_scan';

const cols = { owner: contracts.ownerId, unit: contracts.unitId };

/**
 * ORG-5 on contracts: contract:read's scope on the owner and unit, plus whoever is asked to
 * approve one and the people above them (ORG-3), so an approver can open what they decide.
 */
export function contractReadScope(actor: Actor): SQL {
  return or(
    scopeCondition(actor, 'contract:read', cols),
    approvalParticipantCondition(actor.id, CONTRACT, contracts.id),
  )!;
}

/** The scope of a scoped contract permission (contract:write, contract:enter, contract:verify). */
export function contractScope(actor: Actor, permission: Permission): SQL {
  return scopeCondition(actor, permission, cols);
}

export type ContractRow = typeof contracts.$inferSelect;

/**
 * The contract row when the actor may read it (404 otherwise); with `permission`, also that the
 * actor holds it over this contract (403 when readable but not theirs to act on). `lock` takes
 * the row lock so concurrent transitions queue.
 */
export async function contractInScope(
  db: DbOrTx,
  actor: Actor,
  id: string,
  opts: { permission?: Permission; lock?: boolean } = {},
): Promise<ContractRow> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const query = db
    .select()
    .from(contracts)
    .where(and(eq(contracts.id, id), contractReadScope(actor)));
  const [row] = opts.lock ? await query.for('update') : await query;
  if (!row) throw appError('NOT_FOUND');
  if (opts.permission && !(await scopedExists(db, contracts, id, contractScope(actor, opts.permission))))
    throw appError('FORBIDDEN');
  return row;
}

/**
 * Q2C-8/Q2C-10/AR-1: what follows a contract (supplements, orders, returns, payment plans and
 * payments) hangs on a signed main contract; anything else is refused on the given field.
 */
export function assertSignedMain(c: Pick<ContractRow, 'kind' | 'status'>, field = 'contractId'): void {
  if (c.kind === 'main' && c.status === 'signed') return;
  throw appError('CONTRACT_NOT_SIGNED_MAIN', {
    [field]: { 'zh-CN': '请选择已签订的主合同', en: 'Choose a signed main contract' },
  });
}
