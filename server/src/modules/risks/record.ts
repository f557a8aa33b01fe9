import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import { audit } from '../../platform/audit/audit.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { type Actor, type Ctx, inTx, requireActor } from '../../platform/context.js';
import { localDate } from '../../platform/deadlines/calendar.js';
import { appError } from '../../platform/errors.js';
import { notify } from '../../platform/notifications/notify.js';
import { users } from '../../platform/org/tables.js';
import { nextInSequence } from '../../platform/sequences/next.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { CUSTOMER_SUBJECT, customerInScope } from '../customers/index.js';
import { syncReviewDue } from './due-items.js';
import { getRisk, riskForChange } from './queries.js';
import type { TRisk, TRiskCreate, TRiskReview, TRiskUpdate } from './schemas.js';
import { RISK_ENTITY, type RiskRow, riskLink } from './scope.js';
import { riskReviews, risks } from './tables.js';

/** The next number of the register, FX-<year>-<n> without gaps (company calendar). */
export async function nextRiskNumber(tx: Tx, at: Date): Promise<string> {
  const year = localDate(at, await readCompanyTimeZone(tx, at)).slice(0, 4);
  const n = await nextInSequence(tx, 'risk', year);
  return `FX-${year}-${String(n).padStart(4, '0')}`;
}

/** The owner must be an active person in the actor's risk:manage scope; their unit is the risk's. */
async function ownerInScope(tx: Tx, actor: Actor, ownerId: string) {
  const [u] = await tx
    .select({ id: users.id, unitId: users.unitId })
    .from(users)
    .where(
      and(
        eq(users.id, ownerId),
        eq(users.status, 'active'),
        scopeCondition(actor, 'risk:manage', { owner: users.id, unit: users.unitId }),
      ),
    );
  if (!u)
    throw appError('VALIDATION_FAILED', {
      ownerId: {
        'zh-CN': '请选择您管理范围内的在职人员作为责任人',
        en: 'Choose an active person within your scope as the owner',
      },
    });
  return u;
}

/** A linked customer must be one the actor may read. */
async function customerRef(tx: Tx, actor: Actor, customerId: string) {
  try {
    return await customerInScope(tx, actor, customerId, 'read');
  } catch {
    throw appError('VALIDATION_FAILED', {
      customerId: { 'zh-CN': '请选择您可查看的客户', en: 'Choose a customer you can see' },
    });
  }
}

/** Tells the owner a risk is theirs (not when they gave it to themselves). */
export async function tellOwner(tx: Tx, ctx: Ctx, risk: RiskRow): Promise<void> {
  if (ctx.actor?.id === risk.ownerId) return;
  await notify(tx, ctx, {
    userId: risk.ownerId,
    event: 'risk.assigned',
    title: {
      'zh-CN': `您是风险 ${risk.number} 的责任人：${risk.title}`,
      en: `You own risk ${risk.number}: ${risk.title}`,
    },
    body: {
      'zh-CN': `请在 ${risk.reviewOn} 前复核并落实控制措施`,
      en: `Review it and put its controls in place by ${risk.reviewOn}`,
    },
    subjectType: RISK_ENTITY,
    subjectId: risk.id,
    link: riskLink(risk.id),
  });
}

/** A risk linked to a customer shows on the customer's timeline. */
export async function onCustomerTimeline(
  tx: Tx,
  ctx: Ctx,
  risk: RiskRow,
  kind: 'risk.raised' | 'risk.closed',
  summary: { 'zh-CN': string; en: string },
): Promise<void> {
  if (!risk.customerId) return;
  await addTimelineEvent(tx, ctx, {
    subjectType: CUSTOMER_SUBJECT,
    subjectId: risk.customerId,
    kind,
    summary,
    data: { riskId: risk.id, number: risk.number, status: risk.status, signal: risk.signal },
  });
}

/**
 * RISK-1: a manager records a risk (source manual) for an owner in their risk:manage scope:
 * numbered, audited, on the customer's timeline when linked, and the owner's review is a due
 * item for the review date.
 */
export async function createRisk(ctx: Ctx, input: TRiskCreate): Promise<TRisk> {
  const actor = requireActor(ctx);
  const id = await inTx(ctx, async (tx) => {
    const at = ctx.clock.now();
    const o = await ownerInScope(tx, actor, input.ownerId);
    if (input.customerId) await customerRef(tx, actor, input.customerId);
    const [row] = await tx
      .insert(risks)
      .values({
        number: await nextRiskNumber(tx, at),
        title: input.title,
        description: input.description ?? null,
        category: input.category,
        likelihood: input.likelihood,
        impact: input.impact,
        ownerId: o.id,
        unitId: o.unitId,
        controls: input.controls ?? null,
        reviewOn: input.reviewOn,
        status: 'open',
        customerId: input.customerId ?? null,
        source: 'manual',
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .returning();
    const risk = row!;
    await audit(tx, ctx, { entity: RISK_ENTITY, entityId: risk.id, action: 'risk.create', after: risk });
    await syncReviewDue(tx, ctx, risk, 'created');
    await tellOwner(tx, ctx, risk);
    await onCustomerTimeline(tx, ctx, risk, 'risk.raised', {
      'zh-CN': `${actor.displayName} 登记风险 ${risk.number}：${risk.title}`,
      en: `${actor.displayName} recorded risk ${risk.number}: ${risk.title}`,
    });
    return risk.id;
  });
  return getRisk(ctx.db, actor, id, ctx.clock.now());
}

/**
 * RISK-1: a manager in scope changes a risk (a system risk keeps its category and customer);
 * before and after are audited; a new owner or review date moves the due item.
 */
export async function updateRisk(ctx: Ctx, id: string, input: TRiskUpdate): Promise<TRisk> {
  const actor = requireActor(ctx);
  await inTx(ctx, async (tx) => {
    const { risk, manage } = await riskForChange(tx, actor, id);
    if (!manage) throw appError('RISK_NOT_PERMITTED');
    if (risk.status === 'closed') throw appError('RISK_CLOSED');
    const o =
      input.ownerId && input.ownerId !== risk.ownerId ? await ownerInScope(tx, actor, input.ownerId) : null;
    const system = risk.source === 'system';
    if (!system && input.customerId && input.customerId !== risk.customerId)
      await customerRef(tx, actor, input.customerId);
    const at = ctx.clock.now();
    const [after] = await tx
      .update(risks)
      .set({
        title: input.title ?? risk.title,
        description: input.description === undefined ? risk.description : input.description,
        category: system ? risk.category : (input.category ?? risk.category),
        likelihood: input.likelihood ?? risk.likelihood,
        impact: input.impact ?? risk.impact,
        ownerId: o?.id ?? risk.ownerId,
        unitId: o?.unitId ?? risk.unitId,
        controls: input.controls === undefined ? risk.controls : input.controls,
        reviewOn: input.reviewOn ?? risk.reviewOn,
        customerId: system || input.customerId === undefined ? risk.customerId : input.customerId,
        updatedAt: at,
      })
      .where(eq(risks.id, risk.id))
      .returning();
    await audit(tx, ctx, {
      entity: RISK_ENTITY,
      entityId: risk.id,
      action: 'risk.update',
      before: risk,
      after: after!,
    });
    if (after!.ownerId !== risk.ownerId || after!.reviewOn !== risk.reviewOn) {
      await syncReviewDue(tx, ctx, after!, 'rescheduled');
      if (after!.ownerId !== risk.ownerId) await tellOwner(tx, ctx, after!);
    }
  });
  return getRisk(ctx.db, actor, id, ctx.clock.now());
}

/**
 * RISK-1: the owner (or a manager in scope) reviews a risk: the note is kept with the next
 * review date and any new assessment or status; the due item moves to the next date (a
 * closed risk has none). Audited.
 */
export async function reviewRisk(ctx: Ctx, id: string, input: TRiskReview): Promise<TRisk> {
  const actor = requireActor(ctx);
  await inTx(ctx, async (tx) => {
    const { risk, manage, owner } = await riskForChange(tx, actor, id);
    if (!manage && !owner) throw appError('RISK_NOT_PERMITTED');
    if (risk.status === 'closed') throw appError('RISK_CLOSED');
    const status = input.status ?? risk.status;
    if (status !== 'closed' && !input.nextReviewOn)
      throw appError('VALIDATION_FAILED', {
        nextReviewOn: { 'zh-CN': '请填写下次复核日期', en: 'Enter the next review date' },
      });
    const at = ctx.clock.now();
    const today = localDate(at, await readCompanyTimeZone(tx, at));
    if (input.nextReviewOn && input.nextReviewOn <= today)
      throw appError('VALIDATION_FAILED', {
        nextReviewOn: { 'zh-CN': '下次复核日期必须晚于今天', en: 'The next review date must be after today' },
      });
    const [review] = await tx
      .insert(riskReviews)
      .values({
        riskId: risk.id,
        reviewedBy: actor.id,
        reviewedAt: at,
        note: input.note,
        nextReviewOn: status === 'closed' ? null : (input.nextReviewOn ?? null),
      })
      .returning();
    const [after] = await tx
      .update(risks)
      .set({
        likelihood: input.likelihood ?? risk.likelihood,
        impact: input.impact ?? risk.impact,
        status,
        reviewOn: status === 'closed' ? risk.reviewOn : input.nextReviewOn!,
        closedAt: status === 'closed' ? at : null,
        closedNote: status === 'closed' ? input.note : null,
        updatedAt: at,
      })
      .where(eq(risks.id, risk.id))
      .returning();
    await audit(tx, ctx, {
      entity: RISK_ENTITY,
      entityId: risk.id,
      action: 'risk.review',
      before: risk,
      after: { ...after!, review },
    });
    await syncReviewDue(tx, ctx, after!, 'reviewed');
    if (status === 'closed')
      await onCustomerTimeline(tx, ctx, after!, 'risk.closed', {
        'zh-CN': `${actor.displayName} 关闭风险 ${risk.number}：${input.note}`,
        en: `${actor.displayName} closed risk ${risk.number}: ${input.note}`,
      });
  });
  return getRisk(ctx.db, actor, id, ctx.clock.now());
}

/** RISK-1: a manager in scope reopens a closed risk (its review is due again on the date given). */
export async function reopenRisk(
  ctx: Ctx,
  id: string,
  input: { note: string; reviewOn: string },
): Promise<TRisk> {
  const actor = requireActor(ctx);
  await inTx(ctx, async (tx) => {
    const { risk, manage } = await riskForChange(tx, actor, id);
    if (!manage) throw appError('RISK_NOT_PERMITTED');
    if (risk.status !== 'closed') throw appError('STATUS_NOT_ALLOWED');
    const at = ctx.clock.now();
    const [after] = await tx
      .update(risks)
      .set({ status: 'open', reviewOn: input.reviewOn, closedAt: null, closedNote: null, updatedAt: at })
      .where(eq(risks.id, risk.id))
      .returning();
    await audit(tx, ctx, {
      entity: RISK_ENTITY,
      entityId: risk.id,
      action: 'risk.reopen',
      before: risk,
      after: { ...after!, note: input.note },
    });
    await syncReviewDue(tx, ctx, after!, 'reopened');
  });
  return getRisk(ctx.db, actor, id, ctx.clock.now());
}
