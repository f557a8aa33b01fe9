import { and, eq } from 'drizzle-orm';
import { scopeCondition } from '../../platform/access/scopes.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { users } from '../../platform/org/tables.js';
import { isUuid } from '../../platform/schemas.js';
import { customerInScope } from '../customers/index.js';
import { getSurvey } from './queries.js';
import type { TSurveySend } from './schemas.js';
import { surveyScope } from './scope.js';
import { renewToken, sendSurvey } from './send-survey.js';
import { satisfactionSurveys } from './tables.js';

/**
 * SVC-2: a survey sent by hand (survey:send) to a customer the sender may read, rating its owner
 * or the rep named — a person in the sender's survey:send scope. The raw link is in the answer,
 * this once.
 */
export async function sendSurveyByHand(ctx: Ctx, input: TSurveySend) {
  const actor = requireActor(ctx);
  const sent = await inTx(ctx, async (tx) => {
    const customer = await customerInScope(tx, actor, input.customerId);
    const repId = input.repId ?? customer.ownerId;
    if (!repId) throw appError('SURVEY_NO_REP');
    const [rep] = await tx
      .select({ id: users.id })
      .from(users)
      .where(
        and(
          eq(users.id, repId),
          eq(users.status, 'active'),
          scopeCondition(actor, 'survey:send', { owner: users.id, unit: users.unitId }),
        ),
      );
    if (!rep)
      throw appError('VALIDATION_FAILED', {
        repId: { 'zh-CN': '不能为该人员发送调查', en: 'You cannot send surveys about this person' },
      });
    const out = await sendSurvey(tx, ctx, {
      customerId: customer.id,
      repId,
      source: 'manual',
      sourceRef: null,
    });
    if (!out) throw appError('NOT_FOUND');
    return out;
  });
  return {
    survey: await getSurvey(ctx.db, actor, sent.id, ctx.clock.now()),
    link: sent.link,
    mailedTo: sent.mailedTo,
  };
}

/** SVC-2: a new link for an unanswered survey in the sender's scope; the old link stops working. */
export async function resendSurvey(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const sent = await inTx(ctx, async (tx) => {
    const [row] = await tx
      .select({ id: satisfactionSurveys.id, answeredAt: satisfactionSurveys.answeredAt })
      .from(satisfactionSurveys)
      .where(and(eq(satisfactionSurveys.id, id), surveyScope(actor, 'survey:send')))
      .for('update');
    if (!row) throw appError('NOT_FOUND');
    if (row.answeredAt) throw appError('SURVEY_ANSWERED');
    return renewToken(tx, ctx, id);
  });
  return {
    survey: await getSurvey(ctx.db, actor, id, ctx.clock.now()),
    link: sent.link,
    mailedTo: sent.mailedTo,
  };
}
