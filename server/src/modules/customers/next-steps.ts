import { and, asc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import type { Actor } from '../../platform/context.js';
import { customerReadScope } from './scope.js';
import { customers, followUps } from './tables.js';

/** A follow-up's next step (CUS-8) as a calendar shows it. */
export interface FollowUpNextStep {
  followUpId: string;
  customerId: string;
  customerName: string;
  authorId: string;
  nextStep: string | null;
  nextStepAt: Date;
  /** The author has followed up on the customer again since (which closes the next step's due item). */
  done: boolean;
}

/**
 * CUS-8: the next steps these people set with a time in [from, to), on customers in the actor's
 * read scope (ORG-5), earliest first; each with whether it has been followed up since.
 */
export async function followUpNextSteps(
  db: DbOrTx,
  actor: Actor,
  q: { authorIds: readonly string[]; from: Date; to: Date },
): Promise<FollowUpNextStep[]> {
  if (q.authorIds.length === 0) return [];
  const rows = await db
    .select({
      followUpId: followUps.id,
      customerId: customers.id,
      customerName: customers.name,
      authorId: followUps.authorId,
      nextStep: followUps.nextStep,
      nextStepAt: followUps.nextStepAt,
      done: sql<boolean>`exists (select 1 from follow_ups later where later.customer_id = ${followUps.customerId}
        and later.author_id = ${followUps.authorId} and later.created_at > ${followUps.createdAt})`,
    })
    .from(followUps)
    .innerJoin(customers, eq(customers.id, followUps.customerId))
    .where(
      and(
        inArray(followUps.authorId, [...q.authorIds]),
        gte(followUps.nextStepAt, q.from),
        lt(followUps.nextStepAt, q.to),
        customerReadScope(actor),
      ),
    )
    .orderBy(asc(followUps.nextStepAt), asc(followUps.id));
  return rows.map((r) => ({ ...r, nextStepAt: r.nextStepAt as Date, done: Boolean(r.done) }));
}
