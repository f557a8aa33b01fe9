import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { CUSTOMER_SUBJECT, customerInScope, storeLeadAssessment } from '../customers/index.js';
import { leadCriteria } from './criteria.js';
import { leadStatus, type StoredQualification } from './lead-status.js';
import type { TLeadStatus, TQualificationInput } from './schemas.js';
import { assertAnswersComplete, potentialScore } from './score.js';

/**
 * CUS-4: screen a lead and assess its potential value (初步筛选, 评估潜在价值): each criterion
 * of the policy answered 0–5, the weighted score 0–100 stored on the record, on its timeline
 * and in the audit log.
 */
export function qualifyLead(ctx: Ctx, id: string, input: TQualificationInput): Promise<TLeadStatus> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const customer = await customerInScope(tx, actor, id, 'write');
    const at = ctx.clock.now();
    const rules = await leadCriteria(tx, at, customer.unitId);
    assertAnswersComplete(rules.criteria, input.answers);
    const score = potentialScore(rules.criteria, input.answers);
    const qualification: StoredQualification = input.answers;
    const weights = rules.criteria.map((c) => ({ key: c.key, weight: c.weight }));
    await storeLeadAssessment(tx, ctx, customer.id, { qualification, weights, potentialScore: score });
    const verdict = score >= rules.qualifiedScore;
    await addTimelineEvent(tx, ctx, {
      subjectType: CUSTOMER_SUBJECT,
      subjectId: customer.id,
      kind: 'lead.qualified',
      summary: {
        'zh-CN': `${actor.displayName} 评估潜在价值：${score} 分（转为客户需 ${rules.qualifiedScore} 分${verdict ? '，已达到' : '，未达到'}）`,
        en: `${actor.displayName} assessed the potential value: ${score} (${rules.qualifiedScore} needed to convert${verdict ? ', reached' : ', not reached'})`,
      },
      data: { answers: input.answers, weights, score, qualifiedScore: rules.qualifiedScore },
    });
    return leadStatus(tx, customer.id, rules.qualifiedScore);
  });
}
