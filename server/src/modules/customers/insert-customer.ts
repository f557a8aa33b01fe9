import type { Tx } from '../../db/client.js';
import type { Ctx } from '../../platform/context.js';
import type { Localized } from '../../platform/i18n/lang.js';
import { insertCustomers } from './insert-customers.js';
import type { CustomerCreateInput } from './schemas.js';

export interface InsertCustomerOptions {
  /** null = straight into the public pool. */
  ownerId: string | null;
  unitId: string;
  lifecycle?: 'lead' | 'customer';
  /** How it came in: typed in, imported, or from the first-contact register. */
  change: 'create' | 'import';
  /** Timeline text; defaults to "created by …". */
  summary?: Localized;
  /** Extra facts for the timeline and audit (e.g. the import run or register number). */
  origin?: Record<string, unknown>;
}

/**
 * Writes a new customer with its first contact, the ownership log, a timeline event and the
 * audit row, in the caller's transaction: one customer through the batch writer the import
 * uses. The caller has validated the input, checked the level against the policy and the
 * owner's capacity, and decided owner and unit.
 */
export async function insertCustomer(
  tx: Tx,
  ctx: Ctx,
  input: Omit<CustomerCreateInput, 'ownerId'>,
  opts: InsertCustomerOptions,
): Promise<{ id: string }> {
  const [row] = await insertCustomers(
    tx,
    ctx,
    [{ input, ownerId: opts.ownerId, unitId: opts.unitId, origin: opts.origin, summary: opts.summary }],
    { change: opts.change, lifecycle: opts.lifecycle },
  );
  if (!row) throw new Error('customer insert failed');
  return row;
}
