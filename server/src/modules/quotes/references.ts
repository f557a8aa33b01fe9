import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../platform/context.js';
import { addLocalDays } from '../../platform/deadlines/calendar.js';
import { AppError, appError } from '../../platform/errors.js';
import { customerInScope } from '../customers/index.js';
import { opportunities, opportunityReadScope } from '../opportunities/index.js';

/** The customer of a new quote or order intent, which the actor must be able to read (404 on the field otherwise). */
export async function readableCustomer(tx: Tx, actor: Actor, id: string) {
  try {
    return await customerInScope(tx, actor, id, 'read');
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND')
      throw appError('NOT_FOUND', {
        customerId: { 'zh-CN': '客户不存在或无权查看', en: 'No such customer, or not yours to see' },
      });
    throw e;
  }
}

/** An opportunity the actor can read, of the quote's customer (404 on the field otherwise). */
export async function assertOpportunityOfCustomer(
  tx: Tx,
  actor: Actor,
  opportunityId: string,
  customerId: string,
): Promise<void> {
  const [row] = await tx
    .select({ id: opportunities.id })
    .from(opportunities)
    .where(
      and(
        eq(opportunities.id, opportunityId),
        eq(opportunities.customerId, customerId),
        opportunityReadScope(actor),
      ),
    );
  if (!row)
    throw appError('NOT_FOUND', {
      opportunityId: {
        'zh-CN': '商机不存在、不属于该客户或无权查看',
        en: 'No such opportunity of this customer, or not yours to see',
      },
    });
}

/** Q2C-3: a validity date is today or later (400 on the field otherwise). */
export function assertValidUntil(validUntil: string, today: string): void {
  if (validUntil < today)
    throw appError('VALIDATION_FAILED', {
      validUntil: { 'zh-CN': '有效期不能早于今天', en: 'The validity date cannot be in the past' },
    });
}

export function defaultValidUntil(today: string, days: number): string {
  return addLocalDays(today, days);
}
