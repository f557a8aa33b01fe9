import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { AppError, appError } from '../../platform/errors.js';
import { customerInScope } from '../customers/index.js';
import { visits } from '../visits/index.js';
import type { TEntryInput } from './schemas.js';

const notFound = (field: 'customerId' | 'visitId') =>
  appError('VALIDATION_FAILED', {
    [field]:
      field === 'customerId'
        ? { 'zh-CN': '找不到该客户', en: 'No such customer' }
        : { 'zh-CN': '找不到该拜访', en: 'No such visit' },
  });

/**
 * OPS-10: the customer and visit an entry is linked to, each one the writer may read (a field
 * error otherwise); a visit alone links its customer too, and a visit of another customer is
 * refused.
 */
export async function resolveLinks(
  db: DbOrTx,
  actor: Actor,
  input: Pick<TEntryInput, 'customerId' | 'visitId'>,
): Promise<{ customerId: string | null; visitId: string | null; customerName: string | null }> {
  let visitCustomer: string | null = null;
  if (input.visitId) {
    const [visit] = await db
      .select({ customerId: visits.customerId })
      .from(visits)
      .where(
        and(
          eq(visits.id, input.visitId),
          scopeCondition(actor, 'visit:read', { owner: visits.repId, unit: visits.unitId }),
        ),
      );
    if (!visit) throw notFound('visitId');
    visitCustomer = visit.customerId;
  }
  const customerId = input.customerId ?? visitCustomer;
  if (input.customerId && visitCustomer && input.customerId !== visitCustomer)
    throw appError('MARKET_INTEL_LINK_MISMATCH');
  if (!customerId) return { customerId: null, visitId: input.visitId ?? null, customerName: null };
  try {
    const customer = await customerInScope(db, actor, customerId, 'read');
    return { customerId, visitId: input.visitId ?? null, customerName: customer.name };
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND') throw notFound('customerId');
    throw e;
  }
}

/** OPS-10: the columns an entry takes from what the writer entered and the links resolved. */
export function entryColumns(
  input: TEntryInput,
  links: { customerId: string | null; visitId: string | null },
) {
  return {
    kind: input.kind,
    competitor: input.competitor ?? null,
    product: input.product ?? null,
    priceFen: input.priceFen ? BigInt(input.priceFen) : null,
    region: input.region ?? null,
    source: input.source ?? null,
    observedOn: input.observedOn,
    content: input.content,
    customerId: links.customerId,
    visitId: links.visitId,
  };
}
