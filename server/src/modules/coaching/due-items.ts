import type { Tx } from '../../db/client.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import type { Ctx } from '../../platform/context.js';
import { computeDueAt, endOfLocalDay } from '../../platform/deadlines/calendar.js';
import { closeDueItems, openDueItem } from '../../platform/deadlines/due-items.js';
import { type DueItemRow, defineDueItemKind, type KindNotice } from '../../platform/deadlines/kinds.js';
import { defaultLadder } from '../../platform/deadlines/ladder.js';
import { readPolicy } from '../../platform/policies/read.js';
import { coachingDays } from './policies.js';

/** PLAN-6: "coach X — behind by N points", the superior's, once per person and period. */
export const COACHING_DUE_KIND = 'coaching.due';
/** Its subject: the person and the period (`<user id>:<period>`); no record exists yet. */
export const COACHING_NEED_SUBJECT = 'coaching_need';
/** PLAN-6: the follow-up a coaching agreed, the coach's, on its date. */
export const FOLLOW_UP_KIND = 'coaching.followUp';
export const COACHING_RECORD_SUBJECT = 'coaching_record';

export const needSubjectId = (repId: string, period: string) => `${repId}:${period}`;

/** What the coaching to-do keeps: who, which period, how far behind, and what it rests on. */
export interface CoachingNeed {
  repId: string;
  repName: string;
  period: string;
  completionPct: number;
  pacePct: number;
  /** Points below the pace (positive). */
  behindPts: number;
  /** The sales amount short of the pace (target × pace − actual), fen; null for a count metric. */
  shortfallFen: string | null;
}

/** Where the coach records it: the coaching form for the person and period. */
export const coachLink = (repId: string, period: string) => `/coaching?rep=${repId}&period=${period}`;
export const recordLink = (id: string) => `/coaching?id=${id}`;

const ruleOf = (item: Pick<DueItemRow, 'rule'>) => (item.rule ?? {}) as Partial<CoachingNeed>;

async function needNotice(
  _tx: Tx,
  f: { item: DueItemRow; toOwner: boolean; ownerName: string },
): Promise<KindNotice | null> {
  const r = ruleOf(f.item);
  if (!r.repId || !r.period) return null;
  const link = coachLink(r.repId, r.period);
  if (f.toOwner) {
    return {
      link,
      title: {
        'zh-CN': `请辅导 ${r.repName}：${r.period} 完成率落后时间进度 ${r.behindPts} 个百分点`,
        en: `Coach ${r.repName}: ${r.period} completion trails the pace by ${r.behindPts} points`,
      },
    };
  }
  return {
    link: '/completion',
    title: {
      'zh-CN': `辅导逾期：${f.ownerName} 尚未辅导落后的 ${r.repName}（${r.period}）`,
      en: `Coaching overdue: ${f.ownerName} has not yet coached ${r.repName}, who is behind (${r.period})`,
    },
  };
}

/** PLAN-6: the coaching to-do; recording the coaching closes it. */
export const coachingDueKind = defineDueItemKind({
  kind: COACHING_DUE_KIND,
  label: { 'zh-CN': '辅导落后人员', en: 'Coach a person behind target' },
  link: (_id, rule) =>
    typeof rule.repId === 'string' && typeof rule.period === 'string'
      ? coachLink(rule.repId, rule.period)
      : '/completion',
  notice: needNotice,
});

/** PLAN-6: the follow-up agreed in a coaching; recording the follow-up closes it. */
export const followUpDueKind = defineDueItemKind({
  kind: FOLLOW_UP_KIND,
  label: { 'zh-CN': '辅导跟进', en: 'Coaching follow-up' },
  link: (id) => recordLink(id),
});

/**
 * PLAN-6: opens the coach's to-do for a person behind, due plan.coachingDays working days from
 * today at the end of the day, with the usual ladder (the coach reminded, at the due time the
 * coach and their superior told). In the caller's transaction, audited by the deadline engine.
 */
export async function openCoachingDue(
  tx: Tx,
  ctx: Ctx,
  input: { coachId: string; coachUnitId: string; need: CoachingNeed },
): Promise<string> {
  const at = ctx.clock.now();
  const tz = await readCompanyTimeZone(tx, at);
  const days = await readPolicy(tx, coachingDays, at, input.coachUnitId);
  return openDueItem(tx, ctx, {
    kind: COACHING_DUE_KIND,
    title: `辅导 ${input.need.repName} / Coach ${input.need.repName}`,
    ownerId: input.coachId,
    unitId: input.coachUnitId,
    subjectType: COACHING_NEED_SUBJECT,
    subjectId: needSubjectId(input.need.repId, input.need.period),
    dueAt: computeDueAt({ from: at, amount: days, unit: 'working_days', endOfDay: true }, tz),
    rule: { ...input.need, days, policy: coachingDays.id },
    ladder: await defaultLadder(tx, at),
  });
}

/** PLAN-6: the coaching was recorded: the to-do of the person and period closes, whoever held it. */
export function closeCoachingDue(tx: Tx, ctx: Ctx, repId: string, period: string): Promise<void> {
  return closeDueItems(tx, ctx, {
    subjectType: COACHING_NEED_SUBJECT,
    subjectId: needSubjectId(repId, period),
    kind: COACHING_DUE_KIND,
    reason: 'coached',
  });
}

/** PLAN-6: the coach's follow-up, due at the end of the agreed day. */
export async function openFollowUp(
  tx: Tx,
  ctx: Ctx,
  input: { recordId: string; coachId: string; coachUnitId: string; repName: string; followUpOn: string },
): Promise<string> {
  const at = ctx.clock.now();
  const tz = await readCompanyTimeZone(tx, at);
  return openDueItem(tx, ctx, {
    kind: FOLLOW_UP_KIND,
    title: `跟进辅导 ${input.repName} / Follow up the coaching of ${input.repName}`,
    ownerId: input.coachId,
    unitId: input.coachUnitId,
    subjectType: COACHING_RECORD_SUBJECT,
    subjectId: input.recordId,
    dueAt: endOfLocalDay(input.followUpOn, tz),
    rule: { followUpOn: input.followUpOn, repName: input.repName },
    ladder: await defaultLadder(tx, at),
  });
}

export function closeFollowUp(tx: Tx, ctx: Ctx, recordId: string): Promise<void> {
  return closeDueItems(tx, ctx, {
    subjectType: COACHING_RECORD_SUBJECT,
    subjectId: recordId,
    kind: FOLLOW_UP_KIND,
    reason: 'followed_up',
  });
}
