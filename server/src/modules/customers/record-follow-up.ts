import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { queryRows } from '../../db/client.js';
import type { Ctx } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { hasLiveContact } from './contact-queries.js';
import type { TFollowUpKind } from './schemas.js';
import { customers, followUps } from './tables.js';

/** Tolerance for a client clock slightly ahead of the server's when "now" is submitted. */
const CLOCK_SKEW_MS = 5 * 60_000;

export interface FollowUpFacts {
  kind: TFollowUpKind;
  occurredAt: string;
  content: string;
  contactId?: string | null;
  opportunityId?: string | null;
  nextStep?: string | null;
  nextStepAt?: string | null;
}

/**
 * CUS-8/CUS-5: writes a follow-up (or a service log) on a customer. A follow-up by the
 * customer's team (owner or collaborator) moves its pool clock: `last_follow_up_at` becomes
 * the latest such follow-up, and a pool warning sent for the old clock is cleared. The caller has checked access, and audits and notifies.
 */
export async function insertFollowUp(tx: Tx, ctx: Ctx, customerId: string, facts: FollowUpFacts) {
  const at = ctx.clock.now();
  const occurredAt = new Date(facts.occurredAt);
  if (occurredAt.getTime() > at.getTime() + CLOCK_SKEW_MS) {
    throw appError('VALIDATION_FAILED', {
      occurredAt: { 'zh-CN': '跟进时间不能晚于现在', en: 'The time cannot be in the future' },
    });
  }
  const nextStepAt = facts.nextStepAt ? new Date(facts.nextStepAt) : null;
  if (nextStepAt && nextStepAt.getTime() <= at.getTime()) {
    throw appError('VALIDATION_FAILED', {
      nextStepAt: { 'zh-CN': '下一步时间须晚于现在', en: 'The next step must be in the future' },
    });
  }
  if (facts.contactId && !(await hasLiveContact(tx, customerId, facts.contactId))) {
    throw appError('VALIDATION_FAILED', {
      contactId: { 'zh-CN': '联系人不属于该客户', en: 'The contact does not belong to this customer' },
    });
  }
  if (facts.opportunityId) {
    const found = await queryRows<{ id: string }>(
      tx,
      sql`select id from opportunities where id = ${facts.opportunityId} and customer_id = ${customerId}`,
    );
    if (found.length === 0) {
      throw appError('VALIDATION_FAILED', {
        opportunityId: {
          'zh-CN': '商机不属于该客户',
          en: 'The opportunity does not belong to this customer',
        },
      });
    }
  }
  const [row] = await tx
    .insert(followUps)
    .values({
      customerId,
      contactId: facts.contactId ?? null,
      opportunityId: facts.opportunityId ?? null,
      authorId: ctx.actor?.id ?? '',
      kind: facts.kind,
      occurredAt,
      content: facts.content,
      nextStep: facts.nextStep ?? null,
      nextStepAt,
      createdAt: at,
      updatedAt: at,
      createdBy: ctx.actor?.id ?? null,
    })
    .returning();
  if (!row) throw new Error('follow-up insert failed');
  const occurred = sql`${occurredAt.toISOString()}::timestamptz`;
  // The pool clock measures whether the customer's own team works it: a follow-up by the
  // owner or a collaborator moves it; service by anyone (CUS-5) and notes by others do not,
  // so nobody keeps an idle customer out of the pool for its owner.
  const author = ctx.actor?.id ?? null;
  const byTeam = sql`(${customers.ownerId} = ${author} or exists (select 1 from customer_collaborators cc
    where cc.customer_id = ${customers.id} and cc.user_id = ${author}))`;
  const moves = sql`(${facts.kind !== 'service'} and ${byTeam}
    and (${customers.lastFollowUpAt} is null or ${customers.lastFollowUpAt} < ${occurred}))`;
  await tx
    .update(customers)
    .set({
      lastFollowUpAt: sql`case when ${moves} then ${occurred} else ${customers.lastFollowUpAt} end`,
      poolWarnedAt: sql`case when ${moves} then null else ${customers.poolWarnedAt} end`,
      updatedAt: at,
    })
    .where(eq(customers.id, customerId));
  return row;
}
