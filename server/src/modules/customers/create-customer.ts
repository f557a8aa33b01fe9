import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import { type Actor, type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { users } from '../../platform/org/tables.js';
import { assertOwnedCapacity } from './capacity.js';
import { assertMaySetCredit } from './credit.js';
import { insertCustomer } from './insert-customer.js';
import { assertCustomerLevel } from './levels.js';
import { assertNoDuplicate } from './no-double-claim.js';
import { getCustomer } from './queries.js';
import type { CustomerCreateInput, TCustomerCreated } from './schemas.js';

/**
 * The owner of a new customer: the creator, or someone the creator may assign customers to
 * (customer:assign over that person — a supervisor for their reps, a manager for the unit).
 */
async function resolveOwner(tx: Tx, actor: Actor, ownerId: string | undefined) {
  if (!ownerId || ownerId === actor.id) return { id: actor.id, unitId: actor.unitId };
  const [owner] = await tx
    .select({ id: users.id, unitId: users.unitId })
    .from(users)
    .where(
      and(
        eq(users.id, ownerId),
        eq(users.status, 'active'),
        scopeCondition(actor, 'customer:assign', { owner: users.id, unit: users.unitId }),
      ),
    );
  if (!owner) {
    throw appError('CUSTOMER_ASSIGNEE_INVALID', {
      ownerId: {
        'zh-CN': '只能指定您有权分配客户的在职人员为负责人',
        en: 'Choose an active person you may assign customers to',
      },
    });
  }
  return owner;
}

/**
 * CUS-1: a new customer file. The level must be one of the policy's levels, the owner must
 * have room under the owned cap; a record that looks like the same customer (credit code,
 * phone, normalised name) refuses the creation with 409 naming it and its owner (no 撞单),
 * unless the policy exempts the customer's type — then the matches are only reported.
 */
export async function createCustomer(ctx: Ctx, input: CustomerCreateInput): Promise<TCustomerCreated> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const at = ctx.clock.now();
    assertMaySetCredit(actor, input);
    const owner = await resolveOwner(tx, actor, input.ownerId);
    await assertCustomerLevel(tx, input.level, at, owner.unitId);
    await assertOwnedCapacity(tx, owner.id, at);
    const duplicates = await assertNoDuplicate(
      tx,
      {
        name: input.name,
        creditCode: input.creditCode ?? null,
        phones: [input.phone, ...(input.contact?.phones ?? [])],
        type: input.type,
      },
      at,
      owner.unitId,
    );
    const { ownerId: _ownerId, ...fields } = input;
    const { id } = await insertCustomer(tx, ctx, fields, {
      ownerId: owner.id,
      unitId: owner.unitId,
      change: 'create',
      ...(duplicates.length
        ? { origin: { duplicates: duplicates.map((d) => ({ id: d.id, by: d.by })) } }
        : {}),
    });
    const customer = await getCustomer(tx, actor, id, { scoped: false });
    return { customer, duplicates };
  });
}
