import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { notify } from '../../platform/notifications/notify.js';
import { customers } from '../customers/index.js';
import type { TPublicAnswer, TPublicSurvey } from './schemas.js';
import { SURVEY_ENTITY, surveyLink } from './scope.js';
import { hashToken } from './send-survey.js';
import { satisfactionSurveys } from './tables.js';

/** The company's name as the survey page shows it. */
const COMPANY = { 'zh-CN': '销管', en: 'Xiaoguan' };

/**
 * The survey a token opens, or the error its state calls for: an unknown (or replaced) token is
 * "invalid" whatever it looks like; a known one answered or past its date says so.
 */
async function surveyOfToken(db: DbOrTx, token: string, at: Date, lock = false) {
  const q = db
    .select({ s: satisfactionSurveys, customerName: customers.name })
    .from(satisfactionSurveys)
    .innerJoin(customers, eq(customers.id, satisfactionSurveys.customerId))
    .where(eq(satisfactionSurveys.tokenHash, hashToken(token)));
  const [row] = lock ? await q.for('update', { of: satisfactionSurveys }) : await q;
  if (!row) throw appError('SURVEY_LINK_INVALID');
  if (row.s.answeredAt) throw appError('SURVEY_ANSWERED');
  if (row.s.expiresAt.getTime() <= at.getTime()) throw appError('SURVEY_EXPIRED');
  return row;
}

/**
 * SVC-2: what the customer's page shows — the company, the customer's name, the questions and
 * until when the link works. Nothing else: no rep, no phone, no ids.
 */
export async function showPublicSurvey(ctx: Ctx, token: string): Promise<TPublicSurvey> {
  const row = await surveyOfToken(ctx.db, token, ctx.clock.now());
  return {
    company: COMPANY,
    customerName: row.customerName,
    questions: row.s.questions.map((q) => ({ key: q.key, text: { 'zh-CN': q['zh-CN'], en: q.en } })),
    expiresAt: row.s.expiresAt.toISOString(),
  };
}

/**
 * SVC-2: the customer's answer — once (the row is locked, a second answer is refused), before
 * the link expires; scores only for the survey's own questions. The score is the answered
 * questions' mean (kept as sum and count). Audited without an actor; the rated rep is told.
 */
export async function answerPublicSurvey(
  ctx: Ctx,
  token: string,
  input: TPublicAnswer,
): Promise<{ ok: true }> {
  await inTx(ctx, async (tx) => {
    const at = ctx.clock.now();
    const row = await surveyOfToken(tx, token, at, true);
    const keys = new Set(row.s.questions.map((q) => q.key));
    const seen = new Set<string>();
    for (const [i, a] of input.answers.entries()) {
      if (!keys.has(a.key) || seen.has(a.key))
        throw appError('VALIDATION_FAILED', {
          [`answers.${i}.key`]: { 'zh-CN': '不是本调查的问题', en: 'Not a question of this survey' },
        });
      seen.add(a.key);
    }
    const sum = input.answers.reduce((n, a) => n + a.score, 0);
    const [after] = await tx
      .update(satisfactionSurveys)
      .set({
        answers: input.answers,
        comment: input.comment ?? null,
        scoreSum: sum,
        scoreCount: input.answers.length,
        answeredAt: at,
        updatedAt: at,
      })
      .where(sql`${satisfactionSurveys.id} = ${row.s.id} and ${satisfactionSurveys.answeredAt} is null`)
      .returning();
    if (!after) throw appError('SURVEY_ANSWERED');
    await audit(tx, ctx, {
      entity: SURVEY_ENTITY,
      entityId: row.s.id,
      action: 'survey.answer',
      after: { answers: after.answers, comment: after.comment, answeredAt: after.answeredAt },
    });
    const mean = (sum / input.answers.length).toFixed(1);
    await notify(tx, ctx, {
      userId: row.s.repId,
      event: 'survey.answered',
      title: {
        'zh-CN': `${row.customerName} 回复了满意度调查：${mean} 分`,
        en: `${row.customerName} answered the satisfaction survey: ${mean}`,
      },
      subjectType: SURVEY_ENTITY,
      subjectId: row.s.id,
      link: surveyLink(row.s.id),
    });
  });
  return { ok: true };
}
