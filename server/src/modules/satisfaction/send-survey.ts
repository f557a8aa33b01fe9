import { createHash, randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import type { Ctx } from '../../platform/context.js';
import { markMailQueued } from '../../platform/notifications/mail-queue.js';
import { mailOutbox } from '../../platform/notifications/tables.js';
import { users } from '../../platform/org/tables.js';
import { readPolicy } from '../../platform/policies/read.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { CUSTOMER_SUBJECT, customers } from '../customers/index.js';
import { surveyLinkBase, surveyLinkDays, surveyQuestions } from './policies.js';
import { publicSurveyPath, SURVEY_ENTITY } from './scope.js';
import { type SurveySource, satisfactionSurveys } from './tables.js';

const DAY_MS = 86_400_000;

/** A new link token: 256 random bits, base64url (43 characters). Only its hash is stored. */
export const newToken = (): string => randomBytes(32).toString('base64url');
/** What the database keeps of a token. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export interface SurveyRequest {
  customerId: string;
  /** The person rated; the survey's unit is theirs at sending time. */
  repId: string;
  source: SurveySource;
  /** The ticket, order or schedule round; null when sent by hand (no de-duplication). */
  sourceRef: string | null;
}

export interface SentSurvey {
  id: string;
  /** The raw token: shown to the sender once, never stored. */
  token: string;
  /** Where the customer answers (the link base policy + /s/<token>). */
  link: string;
  mailedTo: string | null;
}

/**
 * SVC-2: sends a customer a survey in the caller's transaction — a copy of the questions in
 * force, a fresh token (only its SHA-256 kept) valid for satisfaction.linkValidDays, mailed to
 * the customer's primary contact when they have an email address; audited and on the customer's
 * timeline. A second request for the same source record sends nothing (null).
 */
export async function sendSurvey(tx: Tx, ctx: Ctx, req: SurveyRequest): Promise<SentSurvey | null> {
  const at = ctx.clock.now();
  const [rep] = await tx.select({ unitId: users.unitId }).from(users).where(eq(users.id, req.repId));
  const [customer] = await tx
    .select({ name: customers.name })
    .from(customers)
    .where(eq(customers.id, req.customerId));
  if (!rep || !customer) return null;
  const questions = await readPolicy(tx, surveyQuestions, at);
  const days = await readPolicy(tx, surveyLinkDays, at);
  const token = newToken();
  const [contact] = await queryRows<{ email: string }>(
    tx,
    sql`select email from customer_contacts
        where customer_id = ${req.customerId} and is_primary = 1 and deleted_at is null
          and coalesce(trim(email), '') <> ''
        order by created_at limit 1`,
  );
  const mailedTo = contact?.email?.trim() || null;
  const [row] = await tx
    .insert(satisfactionSurveys)
    .values({
      customerId: req.customerId,
      repId: req.repId,
      unitId: rep.unitId,
      source: req.source,
      sourceRef: req.sourceRef,
      questions,
      tokenHash: hashToken(token),
      sentAt: at,
      expiresAt: new Date(at.getTime() + days * DAY_MS),
      mailedTo,
      createdAt: at,
      createdBy: ctx.actor?.id ?? null,
      updatedAt: at,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) return null;
  const link = `${(await readPolicy(tx, surveyLinkBase, at)).replace(/\/+$/, '')}${publicSurveyPath(token)}`;
  await audit(tx, ctx, {
    entity: SURVEY_ENTITY,
    entityId: row.id,
    action: 'survey.send',
    after: { ...row, tokenHash: undefined },
  });
  await addTimelineEvent(tx, ctx, {
    subjectType: CUSTOMER_SUBJECT,
    subjectId: req.customerId,
    kind: 'survey.sent',
    summary: { 'zh-CN': '发送满意度调查', en: 'Satisfaction survey sent' },
    refType: SURVEY_ENTITY,
    refId: row.id,
    at,
  });
  if (mailedTo) await mailLink(tx, ctx, { to: mailedTo, customer: customer.name, link, days, at });
  return { id: row.id, token, link, mailedTo };
}

/** The link to the customer's primary contact, in Chinese with an English line. */
async function mailLink(
  tx: Tx,
  ctx: Ctx,
  m: { to: string; customer: string; link: string; days: number; at: Date },
): Promise<void> {
  await tx.insert(mailOutbox).values({
    toAddress: m.to,
    userId: null,
    subject: '客户满意度调查 / Customer satisfaction survey',
    body: [
      `${m.customer}：`,
      '',
      `感谢您的支持！请花一分钟为我们的服务评分（${m.days} 天内有效，仅可提交一次）：`,
      m.link,
      '',
      `Thank you for your business. Please rate our service (the link works once, for ${m.days} days):`,
      m.link,
    ].join('\n'),
    status: 'queued',
    createdAt: m.at,
  });
  markMailQueued(ctx);
}

/**
 * SVC-2: a new link for a survey not yet answered — a fresh token and expiry; the old token no
 * longer matches anything (it answers as an unknown link). Mailed again like the first.
 */
export async function renewToken(tx: Tx, ctx: Ctx, surveyId: string): Promise<SentSurvey> {
  const at = ctx.clock.now();
  const days = await readPolicy(tx, surveyLinkDays, at);
  const token = newToken();
  const [row] = await tx
    .update(satisfactionSurveys)
    .set({ tokenHash: hashToken(token), expiresAt: new Date(at.getTime() + days * DAY_MS), updatedAt: at })
    .where(eq(satisfactionSurveys.id, surveyId))
    .returning();
  const link = `${(await readPolicy(tx, surveyLinkBase, at)).replace(/\/+$/, '')}${publicSurveyPath(token)}`;
  await audit(tx, ctx, { entity: SURVEY_ENTITY, entityId: surveyId, action: 'survey.resend' });
  if (row?.mailedTo) {
    const [c] = await tx
      .select({ name: customers.name })
      .from(customers)
      .where(eq(customers.id, row.customerId));
    await mailLink(tx, ctx, { to: row.mailedTo, customer: c?.name ?? '', link, days, at });
  }
  return { id: surveyId, token, link, mailedTo: row?.mailedTo ?? null };
}
