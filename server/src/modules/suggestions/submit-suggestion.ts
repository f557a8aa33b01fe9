import { submitForApproval } from '../../platform/approvals/transitions.js';
import { audit } from '../../platform/audit/audit.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { localDate } from '../../platform/deadlines/calendar.js';
import { nextInSequence } from '../../platform/sequences/next.js';
import { getSuggestion } from './queries.js';
import type { TSuggestion, TSuggestionCreate } from './schemas.js';
import { SUGGESTION_DOC, SUGGESTION_ENTITY } from './scope.js';
import { suggestions } from './tables.js';

/**
 * OPS-9: anyone makes a suggestion — numbered JY-<year>-<n> without gaps (company calendar),
 * audited, and sent to review at once: the reviewers the chain policy names get it in 待办.
 */
export async function submitSuggestion(ctx: Ctx, input: TSuggestionCreate): Promise<TSuggestion> {
  const actor = requireActor(ctx);
  const id = await inTx(ctx, async (tx) => {
    const at = ctx.clock.now();
    const year = localDate(at, await readCompanyTimeZone(tx, at)).slice(0, 4);
    const n = await nextInSequence(tx, 'suggestion', year);
    const [row] = await tx
      .insert(suggestions)
      .values({
        number: `JY-${year}-${String(n).padStart(4, '0')}`,
        title: input.title,
        content: input.content,
        category: input.category,
        userId: actor.id,
        unitId: actor.unitId,
        status: 'pending',
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .returning();
    await audit(tx, ctx, {
      entity: SUGGESTION_ENTITY,
      entityId: row!.id,
      action: 'suggestion.create',
      after: row,
    });
    await submitForApproval(tx, ctx, { docType: SUGGESTION_DOC, docId: row!.id });
    return row!.id;
  });
  return getSuggestion(ctx.db, actor, id);
}
