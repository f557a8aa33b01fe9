import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { appErrorWithDetails } from '../../platform/errors.js';
import { readPolicy } from '../../platform/policies/read.js';
import { normaliseCreditCode } from './credit-code.js';
import type { DuplicateProbe } from './duplicates.js';
import { findDuplicates } from './duplicates.js';
import { nameKey, normalisePhone } from './name-key.js';
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
 * Serialises the writers of customers that share a name key, credit code or phone (a
 * transaction-scoped advisory lock per key, taken in a fixed order), so two reps filing the same
 * customer at the same moment cannot both pass the duplicate check.
 */
export async function lockDuplicateKeys(db: DbOrTx, probes: DuplicateProbe[]): Promise<void> {
  const keys = new Set<string>();
  for (const p of probes) {
    const key = p.name ? nameKey(p.name) : '';
    if (key) keys.add(`name:${key}`);
    if (p.creditCode) keys.add(`code:${normaliseCreditCode(p.creditCode)}`);
    for (const phone of p.phones ?? []) {
      const digits = phone ? normalisePhone(phone) : '';
      if (digits.length >= 5) keys.add(`phone:${digits}`);
    }
  }
  for (const key of [...keys].sort()) {
    await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`customer-dup:${key}`}))`);
  }
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
  await lockDuplicateKeys(db, [probe]);
  const found = await findDuplicates(db, probe);
  if (found.length === 0) return [];
  if (await duplicatesAllowedFor(db, probe.type, at, unitId)) return found;
  throw appErrorWithDetails('CUSTOMER_DUPLICATE', { duplicates: found });
}
