import { type Ctx, requireActor } from '../../platform/context.js';
import { readPolicy } from '../../platform/policies/read.js';
import { mayExportCustomers } from './export-customers.js';
import { customerLevels } from './policies.js';
import type { TCustomerSettings } from './schemas.js';

/**
 * What the customer pages need of the policies in force for the signed-in user's unit: the
 * levels (CUS-1) and whether they may export the list (ORG-5, 客户名单不得泄露) — without the
 * policy centre, which reps do not hold.
 */
export async function customerSettings(ctx: Ctx): Promise<TCustomerSettings> {
  const actor = requireActor(ctx);
  const levels = await readPolicy(ctx.db, customerLevels, ctx.clock.now(), actor.unitId);
  return { levels: [...levels], mayExport: await mayExportCustomers(ctx) };
}
