import { eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Actor, type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { notify } from '../../platform/notifications/notify.js';
import { superiorChain } from '../../platform/org/chain.js';
import { userRefs } from '../../platform/org/refs.js';
import { myViolationsLink, violationAppealedEvent, violationDecidedEvent, violationLink } from './events.js';
import { reverseFines } from './post-fine.js';
import { getViolation } from './queries.js';
import type { TViolation } from './schemas.js';
import { VIOLATION_ENTITY, type ViolationRow, violationInScope, violationRecordScope } from './scope.js';
import { violations } from './tables.js';
import { categoryWords } from './words.js';

/** ORG-3: the people an appeal may go to — anyone above the reader in the superior chain. */
export async function appealTargets(db: DbOrTx, actor: Actor) {
  const ids = await superiorChain(db, actor.id);
  const refs = await userRefs(db, ids);
  return { items: ids.map((id) => refs.get(id)).filter((r) => r !== undefined) };
}

/**
 * ORG-3 (下级可越级申诉): the person appeals their own recorded violation to anyone above them
 * in the superior chain, with the reason; the one appealed to is told and finds it in 待办.
 */
export function appealViolation(
  ctx: Ctx,
  id: string,
  input: { toUserId: string; reason: string },
): Promise<TViolation> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const before = await violationInScope(tx, actor, id, { lock: true });
    if (before.personId !== actor.id) throw appError('NOT_FOUND');
    if (before.status !== 'recorded') throw appError('VIOLATION_NOT_APPEALABLE');
    if (!(await superiorChain(tx, actor.id)).includes(input.toUserId)) {
      throw appError('VALIDATION_FAILED', {
        toUserId: {
          'zh-CN': '只能向您的上级链中的人申诉',
          en: 'An appeal goes to someone above you in your chain',
        },
      });
    }
    const at = ctx.clock.now();
    const [after] = await tx
      .update(violations)
      .set({
        status: 'appealed',
        appealReason: input.reason,
        appealToId: input.toUserId,
        appealedAt: at,
        updatedAt: at,
      })
      .where(eq(violations.id, before.id))
      .returning();
    await audit(tx, ctx, {
      entity: VIOLATION_ENTITY,
      entityId: before.id,
      action: 'violation.appeal',
      before,
      after,
    });
    const words = categoryWords[before.category];
    await notify(tx, ctx, {
      userId: input.toUserId,
      event: violationAppealedEvent.key,
      title: {
        'zh-CN': `${actor.displayName} 对违规「${words['zh-CN']}」提出申诉`,
        en: `${actor.displayName} appealed a violation (${words.en})`,
      },
      body: { 'zh-CN': input.reason, en: input.reason },
      subjectType: VIOLATION_ENTITY,
      subjectId: before.id,
      link: violationLink(before.id),
    });
    return getViolation(tx, actor, before.id);
  });
}

/**
 * ORG-3/PEN-2: the one appealed to upholds or cancels the violation with a reason; a cancelled
 * fine is a reversal entry on the fines account. The person is told.
 */
export function decideAppeal(
  ctx: Ctx,
  id: string,
  input: { decision: 'uphold' | 'cancel'; reason: string },
): Promise<TViolation> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    // The one appealed to reads it (ORG-3: read access flows up the chain).
    const before = await violationInScope(tx, actor, id, { lock: true });
    if (before.status !== 'appealed' || before.appealToId !== actor.id)
      throw appError('VIOLATION_NOT_APPEALED_TO_YOU');
    const cancel = input.decision === 'cancel';
    const words = categoryWords[before.category];
    await closeViolation(tx, ctx, before, {
      status: cancel ? 'cancelled' : 'upheld',
      reason: input.reason,
      action: cancel ? 'violation.appealCancel' : 'violation.appealUphold',
      title: cancel
        ? {
            'zh-CN': `申诉成立，违规「${words['zh-CN']}」已撤销`,
            en: `Appeal granted: the violation (${words.en}) is cancelled`,
          }
        : {
            'zh-CN': `申诉未获支持，违规「${words['zh-CN']}」维持`,
            en: `Appeal turned down: the violation (${words.en}) stands`,
          },
    });
    return getViolation(tx, actor, before.id);
  });
}

/**
 * PEN-2: a superior who may record violations of the person cancels one (not under appeal) with
 * a reason; the fine is reversed and the person told.
 */
export function cancelViolation(ctx: Ctx, id: string, input: { reason: string }): Promise<TViolation> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const before = await violationInScope(tx, actor, id, { lock: true });
    // Cancelling is for those who may record it for the person: check the record scope too.
    await violationInScope(tx, actor, id, { scope: violationRecordScope(actor) });
    if (before.personId === actor.id) throw appError('VIOLATION_SELF');
    if (before.status === 'cancelled' || before.status === 'appealed')
      throw appError('VIOLATION_NOT_CANCELLABLE');
    const words = categoryWords[before.category];
    await closeViolation(tx, ctx, before, {
      status: 'cancelled',
      reason: input.reason,
      action: 'violation.cancel',
      title: { 'zh-CN': `违规「${words['zh-CN']}」已撤销`, en: `The violation (${words.en}) is cancelled` },
    });
    return getViolation(tx, actor, before.id);
  });
}

/**
 * PEN-2/ORG-3: the decision on a violation — upheld, or cancelled with its fine reversed on the
 * ledger — recorded with its reason, audited, and the person told.
 */
async function closeViolation(
  tx: Tx,
  ctx: Ctx,
  before: ViolationRow,
  d: {
    status: 'cancelled' | 'upheld';
    reason: string;
    action: string;
    title: { 'zh-CN': string; en: string };
  },
): Promise<void> {
  const actor = requireActor(ctx);
  const at = ctx.clock.now();
  const [after] = await tx
    .update(violations)
    .set({ status: d.status, decidedById: actor.id, decidedAt: at, decisionReason: d.reason, updatedAt: at })
    .where(eq(violations.id, before.id))
    .returning();
  const { action } = d; // the callers name it (the labels scan reads their literals)
  await audit(tx, ctx, { entity: VIOLATION_ENTITY, entityId: before.id, action, before, after });
  if (d.status === 'cancelled') await reverseFines(tx, ctx, VIOLATION_ENTITY, before.id);
  await notify(tx, ctx, {
    userId: before.personId,
    event: violationDecidedEvent.key,
    title: d.title,
    body: { 'zh-CN': d.reason, en: d.reason },
    subjectType: VIOLATION_ENTITY,
    subjectId: before.id,
    link: myViolationsLink,
  });
}
