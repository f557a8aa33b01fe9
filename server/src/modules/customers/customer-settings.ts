import { type Ctx, requireActor } from '../../platform/context.js';
import { readPolicy } from '../../platform/policies/read.js';
import { customerLevels, repsMayExport } from './policies.js';
import type { TCustomerSettings } from './schemas.js';

/**
 * What the customer pages need of the policies in force for the signed-in user's unit: the
 * levels (CUS-1) and whether they may export the list (ORG-5, 客户名单不得泄露) — without the
 * policy centre, which reps do not hold.
 */
export async function customerSettings(ctx: Ctx): Promise<TCustomerSettings> {
  const actor = requireActor(ctx);
  const at = ctx.clock.now();
  const levels = await readPolicy(ctx.db, customerLevels, at, actor.unitId);
  const exportGranted = actor.permissions['customer:export'] !== undefined;
  const ownOnly = actor.permissions['customer:read'] === 'own';
  const mayExport =
    exportGranted && (!ownOnly || (await readPolicy(ctx.db, repsMayExport, at, actor.unitId)) === true);
  return { levels: [...levels], mayExport };
}
