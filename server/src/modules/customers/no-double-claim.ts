import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { appErrorWithDetails } from '../../platform/errors.js';
import { readPolicy } from '../../platform/policies/read.js';
import type { DuplicateProbe } from './duplicates.js';
import { findDuplicates } from './duplicates.js';
import { duplicatesAllowedTypes } from './policies.js';
import type { TCustomerType, ZDuplicate } from './schemas.js';

type Duplicate = z.infer<typeof ZDuplicate>;

/** Whether the policy exempts a customer type from the no-duplicate rule (CUS-1), for the owner's unit. */
export async function duplicatesAllowedFor(
  db: DbOrTx,
  type: TCustomerType,
  at: Date,
  unitId: string,
): Promise<boolean> {
  return (await readPolicy(db, duplicatesAllowedTypes, at, unitId)).includes(type);
}

/**
 * CUS-1 (no 撞单): a new customer that matches an existing one — same normalised name, credit code
 * or phone, whoever owns it and whatever the creator may see — is refused with 409 naming the
 * existing records: their name, owner and link only, never the rest of the file. The customer
 * types the policy exempts pass. Returns what matched for an exempt type (recorded as a flag).
 */
export async function assertNoDuplicate(
  db: DbOrTx,
  probe: DuplicateProbe & { type: TCustomerType },
  at: Date,
  unitId: string,
): Promise<Duplicate[]> {
  const found = await findDuplicates(db, probe);
  if (found.length === 0) return [];
  if (await duplicatesAllowedFor(db, probe.type, at, unitId)) return found;
  throw appErrorWithDetails('CUSTOMER_DUPLICATE', { duplicates: found });
}
