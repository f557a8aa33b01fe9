import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import type { Ctx } from '../../platform/context.js';
import { CUSTOMER_SUBJECT } from './scope.js';
import { customers } from './tables.js';

/** A lead's assessment (CUS-4): the answer per criterion, the weights used and the score. */
export interface LeadAssessment {
  qualification: Record<string, number>;
  weights: { key: string; weight: number }[];
  potentialScore: number;
}

/**
 * CUS-4: stores a lead's assessment on its customer record, with the audit row, in the
 * caller's transaction. The caller has checked write access and scored the answers.
 */
export async function storeLeadAssessment(
  tx: Tx,
  ctx: Ctx,
  customerId: string,
  assessment: LeadAssessment,
): Promise<void> {
  const at = ctx.clock.now();
  const { qualification, weights, potentialScore } = assessment;
  const [before] = await tx
    .select({ qualification: customers.qualification, potentialScore: customers.potentialScore })
    .from(customers)
    .where(eq(customers.id, customerId));
  await tx
    .update(customers)
    .set({ qualification, potentialScore, updatedAt: at })
    .where(eq(customers.id, customerId));
  await audit(tx, ctx, {
    entity: CUSTOMER_SUBJECT,
    entityId: customerId,
    action: 'customer.qualify',
    before,
    after: { qualification, weights, potentialScore },
  });
}

/**
 * CUS-4: a qualified lead becomes a customer (the same record), with the audit row, in the
 * caller's transaction. False when the record is no longer a lead. The caller has checked
 * write access and the score against the policy.
 */
export async function convertLeadToCustomer(
  tx: Tx,
  ctx: Ctx,
  customerId: string,
  potentialScore: number,
): Promise<boolean> {
  const at = ctx.clock.now();
  const converted = await tx
    .update(customers)
    .set({ lifecycle: 'customer', convertedAt: at, updatedAt: at })
    .where(and(eq(customers.id, customerId), eq(customers.lifecycle, 'lead')))
    .returning({ id: customers.id });
  if (converted.length === 0) return false;
  await audit(tx, ctx, {
    entity: CUSTOMER_SUBJECT,
    entityId: customerId,
    action: 'customer.convert',
    before: { lifecycle: 'lead' },
    after: { lifecycle: 'customer', convertedAt: at, potentialScore },
  });
  return true;
}
