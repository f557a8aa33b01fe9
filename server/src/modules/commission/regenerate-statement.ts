import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { computeStatement } from './compute-statement.js';
import { assertMonthOver, writeStatement } from './generate-statements.js';
import { planInForce } from './plan-queries.js';
import type { TStatementDetail } from './schemas.js';
import { earnersInScope, statementForUpdate } from './scope.js';
import { getStatement } from './statement-queries.js';

/**
 * INC-1: a draft or rejected statement recomputed from the records as they stand (a closed one
 * never changes: 409; one under review or approved neither). The person must be in the actor's
 * commission:generate scope.
 */
export function regenerateStatement(ctx: Ctx, id: string): Promise<TStatementDetail> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const s = await statementForUpdate(tx, actor, id);
    if (s.status === 'closed') throw appError('COMMISSION_STATEMENT_CLOSED');
    if (s.status !== 'draft' && s.status !== 'rejected') throw appError('COMMISSION_STATEMENT_LOCKED');
    const [earner] = await earnersInScope(tx, actor, [s.userId]);
    if (!earner) throw appError('FORBIDDEN');
    const at = ctx.clock.now();
    await assertMonthOver(tx, at, s.period);
    const plans = await planInForce(tx, earner.roleCodes, s.period);
    const code = earner.roleCodes.find((r) => plans.has(r));
    if (!code) throw appError('COMMISSION_NO_PLAN');
    const plan = plans.get(code)!;
    const c = await computeStatement(tx, { person: earner, plan, month: s.period, at, selfId: s.id });
    await writeStatement(tx, ctx, { earner, plan, month: s.period, existing: s, c });
    return getStatement(tx, ctx, s.id);
  });
}
