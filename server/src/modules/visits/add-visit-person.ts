import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { AppError, appError } from '../../platform/errors.js';
import { liveContact } from '../customers/index.js';
import { VISIT_SUBJECT } from './subject.js';
import { visitPeople } from './tables.js';
import { getVisit } from './visit-queries.js';
import { VISIT_MADE } from './visit-rules.js';
import type { TVisit, TVisitPersonAdd } from './visit-schemas.js';
import { assertVisitStatus, visitInScope } from './visit-scope.js';

/** A contact of the visit's customer, or a field error on contactId. */
async function contactOf(tx: Parameters<typeof liveContact>[0], customerId: string, contactId: string) {
  try {
    return await liveContact(tx, customerId, contactId);
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND')
      throw appError('VALIDATION_FAILED', {
        contactId: { 'zh-CN': '不是该客户的联系人', en: 'Not a contact of this customer' },
      });
    throw e;
  }
}

/**
 * VIS-4: a person met at the visit — a contact of the customer (name and title taken from the
 * contact unless typed), or a name and title typed in. Once the visit is under way or done.
 */
export function addVisitPerson(ctx: Ctx, id: string, input: TVisitPersonAdd): Promise<TVisit> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const visit = await visitInScope(tx, actor, id, { mode: 'write', lock: true });
    assertVisitStatus(visit, VISIT_MADE);
    const contact = input.contactId ? await contactOf(tx, visit.customerId, input.contactId) : null;
    const at = ctx.clock.now();
    const [row] = await tx
      .insert(visitPeople)
      .values({
        visitId: visit.id,
        contactId: contact?.id ?? null,
        name: input.name ?? contact?.name ?? '',
        title: input.title ?? contact?.title ?? null,
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .returning();
    if (!row) throw new Error('visit person insert failed');
    await audit(tx, ctx, {
      entity: VISIT_SUBJECT,
      entityId: visit.id,
      action: 'visit.person.add',
      after: row,
    });
    return getVisit(tx, actor, visit.id);
  });
}
