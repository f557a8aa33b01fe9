import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { companyToday } from '../../platform/deadlines/company-date.js';
import { AppError, appError } from '../../platform/errors.js';
import { readPolicy } from '../../platform/policies/read.js';
import { customerInScope } from '../customers/index.js';
import { visitPurposes } from './policies.js';
import { VISIT_SUBJECT } from './subject.js';
import { visits } from './tables.js';
import { getVisit } from './visit-queries.js';
import type { TVisit, TVisitCreate } from './visit-schemas.js';

/** The customer of a new visit: one the rep may work on (customer write scope), else a field error. */
async function workableCustomer(tx: Parameters<typeof customerInScope>[0], ctx: Ctx, id: string) {
  try {
    return await customerInScope(tx, requireActor(ctx), id, 'write');
  } catch (e) {
    if (e instanceof AppError && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN'))
      throw appError(e.code, {
        customerId: {
          'zh-CN': '只能拜访自己负责（或可编辑）的客户',
          en: 'You can only visit customers you look after (or may edit)',
        },
      });
    throw e;
  }
}

/**
 * VIS-3/VIS-4: an ad hoc visit by the signed-in rep to a customer they work on, for a purpose the
 * policy visit.purposes offers, planned for today (by default) or later. Visits from the monthly plan arrive
 * through schedulePlannedVisits instead.
 */
export function createVisit(ctx: Ctx, input: TVisitCreate): Promise<TVisit> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const at = ctx.clock.now();
    const customer = await workableCustomer(tx, ctx, input.customerId);
    const purposes: readonly string[] = await readPolicy(tx, visitPurposes, at, actor.unitId);
    if (!purposes.includes(input.purpose)) {
      throw appError('VALIDATION_FAILED', {
        purpose: { 'zh-CN': '公司未启用这个拜访目的', en: 'The company does not use this visit purpose' },
      });
    }
    const today = await companyToday(tx, at);
    const plannedOn = input.plannedOn ?? today;
    if (plannedOn < today) {
      throw appError('VALIDATION_FAILED', {
        plannedOn: { 'zh-CN': '计划日期不能早于今天', en: 'The planned date cannot be before today' },
      });
    }
    const [row] = await tx
      .insert(visits)
      .values({
        repId: actor.id,
        unitId: actor.unitId,
        customerId: customer.id,
        purpose: input.purpose,
        status: 'planned',
        plannedOn,
        plannedMinutes: input.plannedMinutes,
        note: input.note ?? null,
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .returning();
    if (!row) throw new Error('visit insert failed');
    await audit(tx, ctx, { entity: VISIT_SUBJECT, entityId: row.id, action: 'visit.create', after: row });
    return getVisit(tx, actor, row.id);
  });
}
