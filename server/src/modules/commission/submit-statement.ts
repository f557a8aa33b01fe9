import { submitForApproval } from '../../platform/approvals/transitions.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import type { TStatementDetail } from './schemas.js';
import { statementForUpdate } from './scope.js';
import { COMMISSION_STATEMENT_DOC } from './statement-flow.js';
import { getStatement } from './statement-queries.js';

/**
 * INC-1: the person submits their own draft or rejected statement for review (their supervisor)
 * and approval (the nearest sales manager), per commission.statementApprovers.
 */
export function submitStatement(ctx: Ctx, id: string): Promise<TStatementDetail> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const s = await statementForUpdate(tx, actor, id);
    if (s.status === 'closed') throw appError('COMMISSION_STATEMENT_CLOSED');
    await submitForApproval(tx, ctx, { docType: COMMISSION_STATEMENT_DOC, docId: s.id });
    return getStatement(tx, ctx, s.id);
  });
}
