import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { latestRequestOf } from '../../platform/approvals/queries.js';
import { approveStep, rejectStep } from '../../platform/approvals/transitions.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { getSuggestion } from './queries.js';
import type { TSuggestion } from './schemas.js';
import { SUGGESTION_DOC, suggestionReadable } from './scope.js';
import { suggestions } from './tables.js';

/** The suggestion's approval waiting for the actor (404 unseen; decided 409; another's turn 403). */
async function requestToDecide(tx: Tx, ctx: Ctx, id: string): Promise<string> {
  const actor = requireActor(ctx);
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await tx
    .select({ status: suggestions.status })
    .from(suggestions)
    .where(and(eq(suggestions.id, id), suggestionReadable(actor)));
  if (!row) throw appError('NOT_FOUND');
  if (row.status !== 'pending') throw appError('SUGGESTION_DECIDED');
  const request = await latestRequestOf(tx, SUGGESTION_DOC, id);
  if (request?.status !== 'pending') throw appError('SUGGESTION_NOT_REVIEWER');
  return request.id;
}

async function decide(ctx: Ctx, id: string, step: (tx: Tx, requestId: string) => Promise<unknown>) {
  await inTx(ctx, async (tx) => step(tx, await requestToDecide(tx, ctx, id)));
  return getSuggestion(ctx.db, requireActor(ctx), id);
}

/**
 * OPS-9/INC-4: the current reviewer adopts it (a note optional): the next reviewer gets it, or,
 * at the last step, it is adopted and the maker earns the suggestion points. A second adoption
 * is refused (SUGGESTION_DECIDED).
 */
export function adoptSuggestion(ctx: Ctx, id: string, note: string | null): Promise<TSuggestion> {
  return decide(ctx, id, (tx, requestId) => approveStep(tx, ctx, requestId, note));
}

/** OPS-9: the current reviewer declines it with a reason (required); the maker is told; no points. */
export function declineSuggestion(ctx: Ctx, id: string, reason: string): Promise<TSuggestion> {
  return decide(ctx, id, (tx, requestId) => rejectStep(tx, ctx, requestId, reason));
}
